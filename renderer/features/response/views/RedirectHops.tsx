import type { RedirectHop } from '../../../../shared/request/request-model';
import { MethodBadge } from '../../../components/MethodBadge';

interface Props {
  readonly hops: readonly RedirectHop[];
  readonly note?: string;
}

/** "X-API-Key, Cookie and the query parameter api_key". */
function droppedText(hop: RedirectHop): string {
  const query = hop.droppedQuery ?? [];
  const params = query.length === 0 ? [] : [`the query parameter${query.length === 1 ? '' : 's'} ${query.join(', ')}`];
  return [...hop.droppedHeaders, ...params].join(', ');
}

/** Each redirect followed before the answer, and the credentials left behind. */
export function RedirectHops({ hops, note }: Props) {
  if (hops.length === 0 && note === undefined) return null;
  return (
    <div className="redirects" data-testid="redirect-hops">
      {hops.length > 0 && (
        <ol className="redirect-list">
          {hops.map((hop, index) => (
            <li key={`${hop.url}-${index}`}>
              <MethodBadge method={hop.method} /> <code>{hop.url}</code> <span className="chip chip-muted">{hop.status}</span> → <code>{hop.location}</code>
              {(hop.droppedHeaders.length > 0 || (hop.droppedQuery?.length ?? 0) > 0) && (
                <span className="redirect-dropped" data-testid="redirect-dropped">
                  {' '}
                  Not forwarded: {droppedText(hop)} (credentials stay with their origin: the redirect left it or went to http).
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
