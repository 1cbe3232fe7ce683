import { useState } from 'react';
import type { CookieView } from '../../../../shared/cookies/cookie-model';
import { Drawer } from '../../../components/Drawer';
import { useEnvironmentsStore } from '../../environments/environments-context';
import { useCookieJar } from '../use-cookie-jar';
import { CookieForm } from './CookieForm';

function flags(cookie: CookieView): string {
  return [cookie.secure ? 'Secure' : '', cookie.httpOnly ? 'HttpOnly' : '', cookie.sameSite === 'unset' ? '' : `SameSite=${cookie.sameSite[0]?.toUpperCase()}${cookie.sameSite.slice(1)}`].filter((flag) => flag !== '').join(' ');
}

function expiry(cookie: CookieView): string {
  return cookie.expires === undefined ? 'Session' : new Date(cookie.expires).toLocaleString();
}

/** A Cookies button in the header and the active environment's jar: what answers set, to read, edit, remove or clear. */
export function CookiesDrawer() {
  const [shown, setShown] = useState(false);
  const jar = useCookieJar(shown);
  const store = useEnvironmentsStore();
  const envName = store?.environments.environments.find((env) => env.id === store.environments.activeId)?.name;
  // undefined: no form; null: a new cookie; a cookie: editing that one.
  const [editing, setEditing] = useState<CookieView | null>();
  const save = async (cookie: CookieView) => {
    if (await jar.save(cookie, editing ?? undefined)) setEditing(undefined);
  };
  return (
    <Drawer
      name="cookies"
      toggleText="Cookies"
      toggleClassName="button button-small"
      label="Cookie jar"
      title={envName === undefined ? 'Cookies (no environment)' : `Cookies of ${envName || 'Unnamed'}`}
      closeLabel="Close cookies"
      className="cookies-drawer"
      shown={shown}
      onShownChange={setShown}
      actions={
        <>
          <button type="button" className="button button-small button-ghost" onClick={jar.refresh}>
            Refresh
          </button>
          <button type="button" className="button button-small button-ghost" onClick={() => setEditing(null)} data-testid="cookie-add">
            Add
          </button>
          <button type="button" className="button button-small button-danger" onClick={() => window.confirm(`Remove all ${jar.cookies.length} cookies of this jar?`) && jar.clear()} disabled={jar.cookies.length === 0} data-testid="cookies-clear">
            Clear all
          </button>
        </>
      }
    >
      <p className="muted">Cookies that answers set are kept per environment and sent with the requests they match (domain, path, expiry, Secure), from the editor; each run keeps a jar of its own.</p>
      {jar.error !== undefined && (
        <p className="alert alert-error" role="alert">
          {jar.error}
        </p>
      )}
      {editing !== undefined && <CookieForm key={editing === null ? 'new' : `${editing.domain} ${editing.path} ${editing.name}`} {...(editing === null ? {} : { initial: editing })} onSave={(cookie) => void save(cookie)} onCancel={() => setEditing(undefined)} />}
      {jar.cookies.length === 0 ? (
        <p className="muted" data-testid="cookies-empty">
          No cookies in this jar.
        </p>
      ) : (
        <table className="cookies-table" data-testid="cookies-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">Domain</th>
              <th scope="col">Path</th>
              <th scope="col">Expires</th>
              <th scope="col">Flags</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jar.cookies.map((cookie) => (
              <tr key={`${cookie.domain} ${cookie.path} ${cookie.name}`} data-testid="cookie-row">
                <td className="mono">{cookie.name}</td>
                <td className="mono cookie-value" title={cookie.value}>
                  {cookie.value}
                </td>
                <td className="mono">{cookie.hostOnly ? cookie.domain : `.${cookie.domain}`}</td>
                <td className="mono">{cookie.path}</td>
                <td>{expiry(cookie)}</td>
                <td>{flags(cookie)}</td>
                <td className="cookie-actions">
                  <button type="button" className="button button-small button-ghost" aria-label={`Edit cookie ${cookie.name}`} onClick={() => setEditing(cookie)}>
                    Edit
                  </button>
                  <button type="button" className="button button-small button-ghost" aria-label={`Delete cookie ${cookie.name}`} onClick={() => jar.remove(cookie)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Drawer>
  );
}
