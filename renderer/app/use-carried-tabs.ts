/**
 * Request tabs opened before the document loaded (saved requests opened from the collections
 * drawer) move into the document's workspace once, when it mounts: a saved request linked to one of
 * its operations opens in a form of that operation of its own (and a tab of its own), filled as saved, with whatever was typed meanwhile
 * on top (so it shows as unsaved changes); any other stays the request it is.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import type { SavedRequest } from '../../shared/collections/format-v1';
import type { LoadedSpec, OperationModel } from '../../shared/model/api-model';
import { fillFormFromSaved } from '../features/collections/use-open-saved';
import { sameDraft, savedFromDraft } from '../features/document/request-draft';
import type { RequestFormsAction } from '../features/request/request-forms-store';
import type { OpenTab, Tabs } from '../features/tabs/use-tabs';

interface CarryInto {
  readonly carriedTabs: readonly OpenTab[] | undefined;
  readonly onCarried: (() => void) | undefined;
  readonly operations: readonly OperationModel[];
  readonly defs: LoadedSpec['model']['schemaDefs'];
  /** The document's security schemes: their API-key headers are the auth's, not extras. */
  readonly schemes?: LoadedSpec['model']['securitySchemes'];
  readonly tabs: Pick<Tabs, 'openDocument' | 'activate'>;
  /** Opens a saved request in its operation's form (and tab), as the collections drawer does. */
  readonly loadSaved: (saved: SavedRequest, id: string, preview?: boolean) => void;
  /** The forms store's own dispatch: the typed values go on top without becoming the saved baseline. */
  readonly dispatchForms: Dispatch<RequestFormsAction>;
}

/** Opens the carried tabs here, once, on mount. */
export function useCarriedTabs({ carriedTabs, onCarried, operations, defs, schemes, tabs, loadSaved, dispatchForms }: CarryInto): void {
  const pending = useRef(carriedTabs ?? []);
  useEffect(() => {
    const carried = pending.current;
    pending.current = [];
    if (carried.length === 0) return;
    for (const tab of carried) {
      const doc = tab.doc;
      if (doc === undefined) continue;
      const op = doc.unlinked === true ? undefined : operations.find((candidate) => candidate.key === doc.operation?.key);
      const baseline = tab.docBaseline ?? doc;
      if (op && doc.savedId !== undefined) {
        loadSaved(savedFromDraft(baseline), doc.savedId, tab.preview === true);
        if (!sameDraft(doc, baseline)) dispatchForms(fillFormFromSaved(savedFromDraft(doc), doc.savedId, op, defs, schemes));
      } else {
        tabs.openDocument(doc, { baseline, preview: tab.preview === true });
      }
    }
    onCarried?.();
    // Once, on mount: what arrives later is the workspace's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the carried tabs are read once
  }, []);
}
