/** The last answer's field errors (a 422 and the like), for the parameter and body fields to show under themselves. */
import { createContext, useContext } from 'react';
import type { ServerFieldErrors } from '../../../shared/response/server-field-errors';

export const ServerErrorsContext = createContext<ServerFieldErrors | undefined>(undefined);

/** The server's messages for one parameter (by form key) or body place (by "$.a[0]" label). */
export function useServerMessages(where: { readonly param: string } | { readonly body: string }): readonly string[] | undefined {
  const errors = useContext(ServerErrorsContext);
  if (errors === undefined) return undefined;
  return 'param' in where ? errors.params[where.param] : errors.body[where.body];
}
