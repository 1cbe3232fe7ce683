import type { ReactNode } from 'react';
import { sentHeaders, type SentHeader } from '../../../../shared/auth/signed-headers';
import type { HeaderEntry, RedirectHop } from '../../../../shared/request/request-model';
import { bodyPreview, partSummary } from '../../../../shared/request/sent-record';
import { addedByLabel, type HeaderAddedBy, type WireHeader } from '../../../../shared/request/wire-headers';
import type { HistoryRequest } from '../../../../shared/response/history-entry';
import { MethodBadge } from '../../../components/MethodBadge';
import { RedirectHops } from '../../response/views/RedirectHops';

interface Props {
  readonly request: HistoryRequest;
  /** The headers request signing added when it went out (the entry's response holds them). */
  readonly signedHeaders?: readonly HeaderEntry[] | undefined;
  /** Every header the last hop wrote on the wire (the entry's response holds them; older entries lack them). */
  readonly wireHeaders?: readonly WireHeader[] | undefined;
  /** The redirects followed on the way to the answer: each hop, and the credentials left at an origin change. */
  readonly redirects?: readonly RedirectHop[] | undefined;
  /** Where the last hop went, when redirects took the request elsewhere. */
  readonly finalUrl?: string | undefined;
  /** The last hop's method, when a redirect changed it (a 303 answered with a GET, without the body). */
  readonly finalMethod?: HistoryRequest['method'] | undefined;
  /** Said above the request (it is still in flight, or it never got an answer). */
  readonly note?: ReactNode;
  /** Shown under the request: a way to copy it. */
  readonly actions?: ReactNode;
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
            <code>{part.name}</code>: {partSummary(part)}
          </li>
        ))}
      </ul>
    );
  }
  if (body.fileId !== undefined) return <p className="muted" data-testid="sent-body">A file ({body.mediaType}): its bytes are not shown or kept.</p>;
  const preview = bodyPreview(readable(body.mediaType, body.text));
  return (
    <>
      <pre className="sent-body" data-testid="sent-body">
        {preview.text}
      </pre>
      {preview.omittedChars > 0 && (
        <p className="body-note" data-testid="sent-body-cut">
          Only the beginning is shown: {preview.omittedChars.toLocaleString()} more characters were sent.
        </p>
      )}
    </>
  );
}

/** The request as it went out and as history keeps it: credentials and secret values already masked. */
export function SentRequest({ request, signedHeaders, wireHeaders, redirects = [], finalUrl, finalMethod, note, actions }: Props) {
  const headers = shownHeaders(request, signedHeaders, wireHeaders);
  // After a redirect the headers recorded are those of the last hop, which may have left some behind.
  const lastHop = redirects.length > 0 && finalUrl !== undefined ? finalUrl : undefined;
  return (
    <section className="sent-request" aria-label="Request as sent" data-testid="sent-request">
      <h3 className="form-section-title">Request as sent</h3>
      {note}
      <p className="sent-line">
        <MethodBadge method={request.method} />
        <code className="sent-url" data-testid="sent-url">
          {request.url}
        </code>
      </p>
      {redirects.length > 0 && (
        <div className="sent-hops" data-testid="sent-hops">
          <p className="field-help">Redirected {redirects.length === 1 ? 'once' : `${redirects.length} times`} before the answer:</p>
          <RedirectHops hops={redirects} />
        </div>
      )}
      {lastHop !== undefined && (
        <p className="field-help" data-testid="sent-last-hop">
          Headers of the last hop, to <code className="sent-url">{lastHop}</code>:
        </p>
      )}
      {lastHop !== undefined && finalMethod !== undefined && finalMethod !== request.method && request.body !== undefined && (
        <p className="body-note" data-testid="sent-method-changed">
          The redirect turned the {request.method} into a {finalMethod}: the body below went to the first hop only.
        </p>
      )}
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
      {actions}
    </section>
  );
}
