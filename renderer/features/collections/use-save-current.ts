/**
 * For the request editor's Ctrl/Cmd+S: saves the open request over the saved request it was
 * opened from (keeping what the editor does not show). A request never saved needs a name and a
 * place: the caller then opens the collections drawer.
 */
import { useCallback } from 'react';
import { filesNotKeptNote } from '../../../shared/collections/files-not-kept';
import { findEntry } from '../../../shared/collections/listing';
import type { AppError } from '../../../shared/ipc/result';
import { api } from '../../lib/api';
import { currentRequestNow } from './current-request';
import { announceCollectionsChanged } from './listing-signal';
import { useCurrentForDisk } from './use-current-for-disk';

export type SaveOutcome =
  /** `note`: what the file could not keep (a picked file's content), to say beside "Saved". */
  | { readonly kind: 'saved'; readonly id: string; readonly note?: string }
  | { readonly kind: 'needs-place' }
  /** The file it was opened from does not parse now: it is never saved over; Collections offers a copy. */
  | { readonly kind: 'broken'; readonly id: string; readonly message: string }
  | { readonly kind: 'not-ready' }
  | { readonly kind: 'failed'; readonly error: AppError };

/** The save function; on 'failed' (disk full, read-only) the edits are still in the form. */
export function useSaveCurrentRequest(): () => Promise<SaveOutcome> {
  const forDisk = useCurrentForDisk();
  return useCallback(async () => {
    const current = currentRequestNow();
    if (current?.template === undefined) {
      current?.markProblems?.();
      return { kind: 'not-ready' };
    }
    if (!current.saved) return { kind: 'needs-place' };
    const listed = await api['collection:list']({});
    if (!listed.ok) return { kind: 'failed', error: listed.error };
    const existing = findEntry(listed.value.collections.flatMap((c) => c.children), current.saved.id);
    if (existing?.kind === 'broken') return { kind: 'broken', id: existing.id, message: existing.message };
    if (existing?.kind !== 'request') return { kind: 'needs-place' };
    const saved = forDisk({ ...current, template: current.template }, current.saved.name, existing.request);
    const parentId = current.saved.id.split('/').slice(0, -1).join('/');
    const result = await api['collection:save']({ parentId, id: current.saved.id, request: saved });
    if (!result.ok) return { kind: 'failed', error: result.error };
    current.remember({ id: result.value.id, name: saved.name });
    announceCollectionsChanged();
    const note = filesNotKeptNote(saved);
    return { kind: 'saved', id: result.value.id, ...(note === undefined ? {} : { note }) };
  }, [forDisk]);
}
