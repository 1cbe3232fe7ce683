/**
 * Ctrl/Cmd+S for a request document tab: writes what the tab holds over the saved request it came
 * from (the tab's draft names it, once), keeping what the editor does not show (name, description,
 * script notes); the assertions and captures are the Tests tab's. A document from nowhere (free-form, history) needs a name and a place first.
 */
import { useCallback } from 'react';
import type { SavedRequest } from '../../../shared/collections/format-v1';
import { findEntry } from '../../../shared/collections/listing';
import { requestForDisk } from '../../../shared/collections/secrets';
import { testsOf, withTests } from '../../../shared/runner/test-edits';
import { api } from '../../lib/api';
import type { RequestDraft } from '../document/request-draft';
import { announceCollectionsChanged } from './listing-signal';
import type { SaveOutcome } from './use-save-current';
import { useSecretReferences } from './use-secret-references';

/** The save function for `draft`; its edits stay in the tab whatever the outcome. */
export function useSaveDocument(): (draft: RequestDraft) => Promise<SaveOutcome> {
  const { references } = useSecretReferences();
  return useCallback(
    async (draft: RequestDraft) => {
      const id = draft.savedId;
      if (id === undefined) return { kind: 'needs-place' };
      const listed = await api['collection:list']({});
      if (!listed.ok) return { kind: 'failed', error: listed.error };
      const existing = findEntry(listed.value.collections.flatMap((c) => c.children), id);
      if (existing?.kind === 'broken') return { kind: 'broken', id: existing.id, message: existing.message };
      if (existing?.kind !== 'request') return { kind: 'needs-place' };
      // The Tests tab shows and edits the assertions and captures: what it holds is what the file gets.
      const merged: SavedRequest = withTests(
        {
          ...existing.request,
          method: draft.method,
          url: draft.url,
          headers: draft.headers,
          body: draft.body,
          auth: draft.auth,
          ...(draft.idempotencyKey ? { idempotencyKey: draft.idempotencyKey } : {}),
          ...(draft.settings ? { settings: draft.settings } : {}),
        },
        testsOf(draft),
      );
      // Credentials and secret variables are saved as {{references}}, never in clear.
      const saved = requestForDisk(merged, references);
      const result = await api['collection:save']({ parentId: id.split('/').slice(0, -1).join('/'), id, request: saved });
      if (!result.ok) return { kind: 'failed', error: result.error };
      announceCollectionsChanged();
      return { kind: 'saved', id: result.value.id };
    },
    [references],
  );
}
