/**
 * Where a saved request's {{variables}} and inherited auth come from besides the environment: its
 * folders and its collection, read from the collections folder as the Runner reads them (the same
 * run plan), so a saved request sends the same opened in a tab as in a run.
 */
import { useEffect, useState } from 'react';
import { passphraseVariables } from '../../../shared/tls/passphrase-reference';
import { api } from '../../lib/api';
import type { SavedRequestScopes } from './send-collection';
import { onCollectionsChanged } from '../collections/listing-signal';

const NONE: SavedRequestScopes = { scopes: [] };
const READING: SavedRequestScopes = { scopes: [], waiting: "Reading this request's collection (its variables and certificates)…" };

/** The folder and collection scopes of the saved request `savedId` (none for a request that is not saved; `waiting` until they are read). */
export function useSavedRequestScopes(savedId: string | undefined): SavedRequestScopes {
  const [found, setFound] = useState<{ readonly id: string; readonly scopes: SavedRequestScopes } | undefined>(undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => onCollectionsChanged(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    if (savedId === undefined) return undefined;
    let live = true;
    // Unreadable, the collection adds nothing new (what was read before stays): the request still sends,
    // and Send never waits for good.
    const unread = (): void => {
      if (live) setFound((before) => (before?.id === savedId ? before : { id: savedId, scopes: NONE }));
    };
    // The planner (and zod under it) loads when a saved request first needs it, not with the page.
    Promise.all([api['collection:list']({}), import('../../../shared/runner/run-plan')]).then(([result, { planRun }]) => {
      if (!live) return;
      if (!result.ok) {
        unread();
        return;
      }
      const listing = result.value.collections.find((collection) => savedId.startsWith(`${collection.id}/`));
      const step = listing && planRun(listing).steps.find((candidate) => candidate.id === savedId);
      // Its file broken on disk, the request is not in the plan: what was read before stays, as when the list cannot be read.
      if (listing !== undefined && step === undefined) {
        unread();
        return;
      }
      const tls = listing?.collection?.tls;
      const place = tls === undefined ? {} : { place: { root: result.value.root, id: savedId, passphrases: passphraseVariables(tls.clientCertificates ?? []) } };
      setFound({ id: savedId, scopes: step ? { scopes: step.scopes, ...(step.auth.type !== 'inherit' ? { inheritedAuth: step.auth, auth: step.auth } : {}), ...place } : { ...NONE, ...place } });
    }, unread);
    return () => {
      live = false;
    };
  }, [savedId, version]);
  if (savedId === undefined) return NONE;
  return found !== undefined && found.id === savedId ? found.scopes : READING;
}
