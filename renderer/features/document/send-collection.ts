/** What a saved request's sends carry besides its own fields: its folders' and collection's variables and auth, and its collection's certificates. */
import type { Auth } from '../../../shared/collections/format-v1';
import type { VariableScope } from '../../../shared/request/variable-scopes';

export interface SavedRequestScopes {
  /** Its folders' variables (innermost first), then its collection's. */
  readonly scopes: readonly VariableScope[];
  /** The auth "inherit" stands for: its folders' or its collection's. */
  readonly inheritedAuth?: Auth;
  /** The auth its file sends it with in a run: its own, or what "inherit" stands for (as read from its collection). */
  readonly auth?: Auth;
  /**
   * Where it is saved (the collections folder and its id), when its collection names certificates: a
   * send layers them over the app's, their passphrases filled from the variables `passphrases` names.
   */
  readonly place?: { readonly root: string; readonly id: string; readonly passphrases: readonly string[] };
  /** Why a send must wait: the collection is still being read, and a send now would go without its variables and certificates. */
  readonly waiting?: string;
}

/**
 * What a send of a saved request carries for its collection's certificates: where it is, and only the
 * variables their passphrases name (no other value, secret or not, needs to reach the main process).
 */
export function sendCollection(saved: SavedRequestScopes, values: Readonly<Record<string, string>>): { readonly fromCollection?: { root: string; id: string; variables: Record<string, string> } } {
  if (saved.place === undefined) return {};
  const variables = Object.fromEntries(saved.place.passphrases.flatMap((name) => (Object.hasOwn(values, name) ? [[name, values[name] ?? '']] : [])));
  return { fromCollection: { root: saved.place.root, id: saved.place.id, variables } };
}
