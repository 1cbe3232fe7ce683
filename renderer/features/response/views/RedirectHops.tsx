import type { RedirectHop } from '../../../../shared/request/request-model';
import { MethodBadge } from '../../../components/MethodBadge';

interface Props {
  readonly hops: readonly RedirectHop[];
  readonly note?: string;
}

/** Each redirect followed before the answer, and the credential headers left behind. */
export function RedirectHops({ hops, note }: Props) {
  if (hops.length === 0 && note === undefined) return null;
  return (
    <div className="redirects" data-testid="redirect-hops">
      {hops.length > 0 && (
        <ol className="redirect-list">
          {hops.map((hop, index) => (
            <li key={`${hop.url}-${index}`}>
              <MethodBadge method={hop.method} /> <code>{hop.url}</code> <span className="chip chip-muted">{hop.status}</span> → <code>{hop.location}</code>
              {hop.droppedHeaders.length > 0 && (
                <span className="redirect-dropped" data-testid="redirect-dropped">
                  {' '}
                  Not forwarded: {hop.droppedHeaders.join(', ')} (the redirect left the origin or went to http).
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {note !== undefined && <p className="body-note">{note}</p>}
    </div>
  );
}
