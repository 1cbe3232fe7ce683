/** Ctrl/Cmd+S for the active tab: saves through the collections feature and says what happened. */
import { useCallback, useEffect, useState } from 'react';
import { currentRequestNow, useCurrentRequest } from '../collections/current-request';
import { useSaveCurrentRequest, type SaveOutcome } from '../collections/use-save-current';
import { useSaveDocument } from '../collections/use-save-document';
import type { RequestDraft } from '../document/request-draft';

export interface SaveNotice {
  readonly tone: 'ok' | 'info' | 'error';
  readonly text: string;
  /** Set on "not in a collection yet": the notice goes once the request is saved (from the Collections drawer). */
  readonly untilSaved?: string;
}

export interface SaveTab {
  readonly save: () => void;
  readonly notice?: SaveNotice;
  readonly dismiss: () => void;
}

/** The request document in the active tab, and what to call once it is saved as it is. */
export interface ActiveDocument {
  readonly draft: RequestDraft;
  readonly onSaved: (draft: RequestDraft) => void;
  /** Asks for a name and a collection or folder: the request was never saved. */
  readonly saveAs: () => void;
}

/** Saves the request open in the editor (its tab learns it is saved through the shared current request). */
export function useSaveTab(document?: ActiveDocument): SaveTab {
  const saveCurrent = useSaveCurrentRequest();
  const saveDocument = useSaveDocument();
  const [notice, setNotice] = useState<SaveNotice | undefined>();
  const dismiss = useCallback(() => setNotice(undefined), []);

  const save = useCallback(() => {
    if (document !== undefined) {
      const { draft } = document;
      void saveDocument(draft).then((outcome: SaveOutcome) => {
        if (outcome.kind === 'saved') {
          document.onSaved(draft);
          setNotice({ tone: 'ok', text: `Saved ${draft.name ?? 'the request'}.` });
        } else if (outcome.kind === 'needs-place') {
          document.saveAs();
        } else if (outcome.kind === 'broken') {
          setNotice({ tone: 'error', text: `Not saved: ${outcome.id} does not parse (${outcome.message}), so it was left as it is.` });
        } else if (outcome.kind === 'failed') {
          setNotice({ tone: 'error', text: `Not saved: ${outcome.error.message} Your edits are still here; save again once that is fixed.` });
        }
      });
      return;
    }
    const opKey = currentRequestNow()?.op.key;
    const deletedName = currentRequestNow()?.deletedFile?.name;
    // Read now: the wait may be over by the time the save answers.
    const waiting = currentRequestNow()?.waiting;
    void saveCurrent().then((outcome) => {
      switch (outcome.kind) {
        case 'saved':
          // A note (a file kept by name only) stays until dismissed, as a problem does.
          setNotice({ tone: outcome.note === undefined ? 'ok' : 'info', text: `Saved ${currentRequestNow()?.saved?.name ?? 'the request'}.${outcome.note === undefined ? '' : ` ${outcome.note}`}` });
          return;
        case 'needs-place':
          setNotice({
            tone: 'info',
            text: deletedName !== undefined ? `“${deletedName}” was deleted: save this request under a name and a folder in Collections.` : 'This request is not in a collection yet: give it a name and a folder in Collections, then save.',
            ...(opKey === undefined ? {} : { untilSaved: opKey }),
          });
          openCollections();
          return;
        case 'broken':
          setNotice({ tone: 'error', text: `Not saved: ${outcome.id} does not parse (${outcome.message}), so it was left as it is. Save your edits as a copy in Collections.` });
          openCollections();
          return;
        case 'not-ready':
          setNotice({
            tone: 'info',
            text: opKey === undefined ? 'Nothing to save: open an operation first.' : waiting !== undefined ? `Not saved yet: ${waiting} Save again in a moment.` : 'Not saved: fix the fields marked in the form, then save again.',
          });
          return;
        case 'failed':
          setNotice({ tone: 'error', text: `Not saved: ${outcome.error.message} Your edits are still here; save again once that is fixed.` });
          return;
      }
    });
  }, [saveCurrent, document, saveDocument]);

  // "Not in a collection yet" is answered by saving in the drawer: once the request is saved there, it is out of date.
  const current = useCurrentRequest();
  const savedOpKey = current?.saved !== undefined ? current.op.key : undefined;
  useEffect(() => {
    if (savedOpKey !== undefined) setNotice((shown) => (shown?.untilSaved === savedOpKey ? undefined : shown));
  }, [savedOpKey, current?.saved]);

  // A success note goes by itself; problems stay until dismissed or the next save.
  useEffect(() => {
    if (notice?.tone !== 'ok') return;
    const timer = setTimeout(() => setNotice(undefined), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  return { save, ...(notice ? { notice } : {}), dismiss };
}

// The drawer keeps its own open state; pressing its button is the one way in without reaching into it.
function openCollections(): void {
  const toggle = document.querySelector<HTMLButtonElement>('[data-testid="collections-toggle"]');
  if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
}
