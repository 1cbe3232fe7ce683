import { sentHeaders, type SentHeader } from '../../../../shared/auth/signed-headers';
import type { HeaderEntry } from '../../../../shared/request/request-model';
import { addedByLabel, type HeaderAddedBy, type WireHeader } from '../../../../shared/request/wire-headers';
import type { HistoryRequest } from '../../../../shared/response/history-entry';
import { MethodBadge } from '../../../components/MethodBadge';

interface Props {
  readonly request: HistoryRequest;
  /** The headers request signing added when it went out (the entry's response holds them). */
  readonly signedHeaders?: readonly HeaderEntry[] | undefined;
  /** Every header the last hop wrote on the wire (the entry's response holds them; older entries lack them). */
  readonly wireHeaders?: readonly WireHeader[] | undefined;
}

const ADDED_TITLES: Readonly<Record<HeaderAddedBy, string>> = {
  'http-client': 'Not set by the request: the HTTP client added it when the request went out.',
  'cookie-jar': 'Not set by the request: the cookie jar added it when the request went out.',
  signing: "Added by the request's signing when it was sent; a new send signs again.",
};

/** The rows to show: what reached the wire when it was recorded, else the request as built with what signing added. */
function shownHeaders(request: HistoryRequest, signed: readonly HeaderEntry[] | undefined, wire: readonly WireHeader[] | undefined): WireHeader[] {
  if (wire !== undefined && wire.length > 0) return [...wire];
  return sentHeaders(request.headers, signed).map((header: SentHeader): WireHeader => ({ name: header.name, value: header.value, ...(header.redacted === true ? { redacted: true } : {}), ...(header.signed === true ? { addedBy: 'signing' } : {}) }));
}

/** JSON bodies indented for reading; anything else as it was sent. */
function readable(mediaType: string, text: string): string {
  if (!/[/+]json\b/i.test(mediaType)) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function SentBody({ body }: { readonly body: NonNullable<HistoryRequest['body']> }) {
  if (body.parts !== undefined) {
    return (
      <ul className="sent-parts" data-testid="sent-body">
        {body.parts.map((part, index) => (
          <li key={index}>
            <code>{part.name}</code>: {part.fileId !== undefined ? `file ${part.filename ?? ''}`.trim() : part.value ?? ''}
          </li>
        ))}
      </ul>
    );
  }
  if (body.fileId !== undefined) return <p className="muted" data-testid="sent-body">A file ({body.mediaType}), not kept in history.</p>;
  return (
    <pre className="sent-body" data-testid="sent-body">
      {readable(body.mediaType, body.text)}
    </pre>
  );
}

/** The request as it went out and as history keeps it: credentials and secret values already masked. */
export function SentRequest({ request, signedHeaders, wireHeaders }: Props) {
  const headers = shownHeaders(request, signedHeaders, wireHeaders);
  return (
    <section className="sent-request" aria-label="Request as sent" data-testid="sent-request">
      <h3 className="form-section-title">Request as sent</h3>
      <p className="sent-line">
        <MethodBadge method={request.method} />
        <code className="sent-url" data-testid="sent-url">
          {request.url}
        </code>
      </p>
      {headers.length > 0 && (
        <table className="headers-table" data-testid="sent-headers">
          <tbody>
            {headers.map((header, index) => (
              <tr key={index} data-redacted={header.redacted === true || undefined} data-signed={header.addedBy === 'signing' || undefined} data-added-by={header.addedBy}>
                <th scope="row">
                  {header.name}
                  {header.addedBy !== undefined && (
                    <span className={`chip chip-muted sent-${header.addedBy === 'signing' ? 'signed' : 'added'}`} title={ADDED_TITLES[header.addedBy]} data-testid="sent-header-added">
                      {addedByLabel(header.addedBy)}
                    </span>
                  )}
                </th>
                <td>{header.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {request.body !== undefined ? <SentBody body={request.body} /> : <p className="muted">No body.</p>}
    </section>
  );
}
