/**
 * Where a saved request's {{variables}} and inherited auth come from besides the environment: its
 * folders and its collection, read from the collections folder as the Runner reads them (the same
 * run plan), so a saved request sends the same opened in a tab as in a run.
 */
import { useEffect, useState } from 'react';
import type { Auth } from '../../../shared/collections/format-v1';
import type { VariableScope } from '../../../shared/request/variable-scopes';
import { api } from '../../lib/api';
import { onCollectionsChanged } from '../collections/listing-signal';

export interface SavedRequestScopes {
  /** Its folders' variables (innermost first), then its collection's. */
  readonly scopes: readonly VariableScope[];
  /** The auth "inherit" stands for: its folders' or its collection's. */
  readonly inheritedAuth?: Auth;
  /** Where it is saved (the collections folder and its id): a send layers its collection's certificates over the app's. */
  readonly place?: { readonly root: string; readonly id: string };
}

const NONE: SavedRequestScopes = { scopes: [] };

/** The folder and collection scopes of the saved request `savedId` (none for a request that is not saved). */
export function useSavedRequestScopes(savedId: string | undefined): SavedRequestScopes {
  const [found, setFound] = useState<{ readonly id: string; readonly scopes: SavedRequestScopes } | undefined>(undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => onCollectionsChanged(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    if (savedId === undefined) return undefined;
    let live = true;
    // The planner (and zod under it) loads when a saved request first needs it, not with the page.
    void Promise.all([api['collection:list']({}), import('../../../shared/runner/run-plan')]).then(([result, { planRun }]) => {
      if (!live || !result.ok) return;
      const listing = result.value.collections.find((collection) => savedId.startsWith(`${collection.id}/`));
      const step = listing && planRun(listing).steps.find((candidate) => candidate.id === savedId);
      const place = listing ? { place: { root: result.value.root, id: savedId } } : {};
      setFound({ id: savedId, scopes: step ? { scopes: step.scopes, ...(step.auth.type !== 'inherit' ? { inheritedAuth: step.auth } : {}), ...place } : { ...NONE, ...place } });
    });
    return () => {
      live = false;
    };
  }, [savedId, version]);
  return found !== undefined && found.id === savedId ? found.scopes : NONE;
}

/** What a send of a saved request carries for its collection's certificates: where it is, and the variables that fill their passphrases. */
export function sendCollection(saved: SavedRequestScopes, values: Readonly<Record<string, string>>): { readonly fromCollection?: { root: string; id: string; variables: Record<string, string> } } {
  return saved.place === undefined ? {} : { fromCollection: { root: saved.place.root, id: saved.place.id, variables: { ...values } } };
}
