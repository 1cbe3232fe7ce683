import { useMemo, useState } from 'react';
import type { HeaderEntry } from '../../../../shared/request/request-model';
import { parseSetCookie } from '../../../../shared/response/set-cookie';

interface Props {
  readonly headers: readonly HeaderEntry[];
  /** The Cookie header value the jar added to the request (names are shown, not values). */
  readonly jarCookies?: string;
}

/** Response headers in the order the server sent them, searchable, and the cookies they set. */
export function HeadersTable({ headers, jarCookies }: Props) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle === '' ? headers : headers.filter((header) => header.name.toLowerCase().includes(needle) || header.value.toLowerCase().includes(needle));
  }, [headers, filter]);
  const cookies = useMemo(() => headers.filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => parseSetCookie(header.value)), [headers]);

  if (headers.length === 0) {
    return (
      <p className="muted" data-testid="response-headers">
        No headers.
      </p>
    );
  }
  return (
    <div>
      <input type="search" className="input input-compact viewer-search" placeholder="Filter headers" aria-label="Filter headers" value={filter} onChange={(event) => setFilter(event.target.value)} data-testid="headers-filter" />
      <table className="headers-table" data-testid="response-headers">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((header, index) => (
            <tr key={`${header.name}-${index}`}>
              <th scope="row">{header.name}</th>
              <td>{header.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="muted">No header matches “{filter}”.</p>}
      {jarCookies !== undefined && (
        <p className="muted" data-testid="jar-cookies-sent">
          Sent from the cookie jar: {jarCookies.split('; ').map((pair) => pair.slice(0, Math.max(0, pair.indexOf('=')))).join(', ')}
        </p>
      )}
      {cookies.length > 0 && (
        <>
          <h3 className="section-title cookies-title">Cookies set ({cookies.length})</h3>
          <table className="headers-table" data-testid="response-cookies">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Value</th>
                <th scope="col">Attributes</th>
              </tr>
            </thead>
            <tbody>
              {cookies.map((cookie, index) => (
                <tr key={`${cookie.name}-${index}`}>
                  <th scope="row">{cookie.name}</th>
                  <td>{cookie.value}</td>
                  <td>{cookie.attributes.map((attribute) => (attribute.value === undefined ? attribute.name : `${attribute.name}=${attribute.value}`)).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
