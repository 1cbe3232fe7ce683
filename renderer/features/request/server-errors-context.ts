/**
 * The last answer's field errors (a 422 and the like), for the parameter and body fields to show under
 * themselves. A body field that shows its messages claims its place, so the places no field on screen
 * claims (a folded or hidden field, a path the form does not have, a raw body) are listed above the body.
 */
import { createContext, useContext, useEffect } from 'react';
import type { ServerFieldErrors } from '../../../shared/response/server-field-errors';

export interface ServerErrorsValue {
  readonly errors?: ServerFieldErrors;
  /** Body places ("$.a[0]") a field on screen shows the messages of. */
  readonly claimed: ReadonlySet<string>;
  /** Marks `place` as shown by a field until the returned function is called. */
  readonly claim: (place: string) => () => void;
}

export const ServerErrorsContext = createContext<ServerErrorsValue>({ claimed: new Set(), claim: () => () => undefined });

/** The server's messages for one parameter (by form key) or body place (by "$.a[0]" label); a body field shown claims its place. */
export function useServerMessages(where: { readonly param: string } | { readonly body: string }): readonly string[] | undefined {
  const { errors, claim } = useContext(ServerErrorsContext);
  const messages = errors === undefined ? undefined : 'param' in where ? errors.params[where.param] : errors.body[where.body];
  const place = 'body' in where && messages !== undefined ? where.body : undefined;
  useEffect(() => (place === undefined ? undefined : claim(place)), [place, claim]);
  return messages;
}

/** The body places the server named that no field on screen shows, with their messages. */
export function useUnshownBodyErrors(): readonly { readonly place: string; readonly messages: readonly string[] }[] {
  const { errors, claimed } = useContext(ServerErrorsContext);
  if (errors === undefined) return [];
  return Object.entries(errors.body)
    .filter(([place]) => !claimed.has(place))
    .map(([place, messages]) => ({ place, messages }));
}
