import { sentHeaders } from '../../../../shared/auth/signed-headers';
import type { HeaderEntry } from '../../../../shared/request/request-model';
import type { HistoryRequest } from '../../../../shared/response/history-entry';
import { MethodBadge } from '../../../components/MethodBadge';

interface Props {
  readonly request: HistoryRequest;
  /** The headers request signing added when it went out (the entry's response holds them). */
  readonly signedHeaders?: readonly HeaderEntry[] | undefined;
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
export function SentRequest({ request, signedHeaders }: Props) {
  const headers = sentHeaders(request.headers, signedHeaders);
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
              <tr key={index} data-redacted={header.redacted === true || undefined} data-signed={header.signed === true || undefined}>
                <th scope="row">
                  {header.name}
                  {header.signed === true && (
                    <span className="chip chip-muted sent-signed" title="Added by the request's signing when it was sent; a new send signs again.">
                      signed
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
