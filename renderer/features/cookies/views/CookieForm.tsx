import { useState } from 'react';
import type { CookieView, SameSite } from '../../../../shared/cookies/cookie-model';

interface Props {
  /** The cookie being edited; a new one starts empty. */
  readonly initial?: CookieView;
  readonly onSave: (cookie: CookieView) => void;
  readonly onCancel: () => void;
}

const EMPTY: CookieView = { name: '', value: '', domain: '', hostOnly: true, path: '/', secure: false, httpOnly: false, sameSite: 'unset' };

/** Adds a cookie by hand, or changes one; the main process checks it and says what cannot be used. */
export function CookieForm({ initial, onSave, onCancel }: Props) {
  const [cookie, setCookie] = useState<CookieView>(initial ?? EMPTY);
  const set = (change: Partial<CookieView>) => setCookie((current) => ({ ...current, ...change }));
  return (
    <form
      className="cookie-form"
      aria-label={initial ? `Edit cookie ${initial.name}` : 'New cookie'}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(cookie);
      }}
      data-testid="cookie-form"
    >
      <label>
        Name
        <input className="input input-mono" value={cookie.name} onChange={(e) => set({ name: e.target.value })} required data-testid="cookie-name" />
      </label>
      <label>
        Value
        <input className="input input-mono" value={cookie.value} onChange={(e) => set({ value: e.target.value })} data-testid="cookie-value" />
      </label>
      <label>
        Domain
        <input className="input input-mono" value={cookie.domain} placeholder="api.example.com" onChange={(e) => set({ domain: e.target.value })} required data-testid="cookie-domain" />
      </label>
      <label>
        Path
        <input className="input input-mono" value={cookie.path} onChange={(e) => set({ path: e.target.value })} data-testid="cookie-path" />
      </label>
      <label>
        Expires (empty: until cleared)
        <input className="input input-mono" value={cookie.expires ?? ''} placeholder="2030-01-31T12:00:00Z" onChange={(e) => set({ expires: e.target.value })} data-testid="cookie-expires" />
      </label>
      <label>
        SameSite
        <select className="input input-compact" value={cookie.sameSite} onChange={(e) => set({ sameSite: e.target.value as SameSite })}>
          <option value="unset">not set</option>
          <option value="lax">Lax</option>
          <option value="strict">Strict</option>
          <option value="none">None</option>
        </select>
      </label>
      <label className="cookie-check">
        <input type="checkbox" checked={!cookie.hostOnly} onChange={(e) => set({ hostOnly: !e.target.checked })} />
        Sub-domains too
      </label>
      <label className="cookie-check">
        <input type="checkbox" checked={cookie.secure} onChange={(e) => set({ secure: e.target.checked })} />
        Secure (https only)
      </label>
      <label className="cookie-check">
        <input type="checkbox" checked={cookie.httpOnly} onChange={(e) => set({ httpOnly: e.target.checked })} />
        HttpOnly
      </label>
      <div className="cookie-form-actions">
        <button type="submit" className="button button-primary button-small" data-testid="cookie-save">
          Save cookie
        </button>
        <button type="button" className="button button-small button-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
