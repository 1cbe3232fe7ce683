/** Saving the active request-document tab: over the saved request it names, or through Save as. */
import { useMemo, useState, type ReactNode } from 'react';
import { SaveAsDialog } from '../collections/views/SaveAsDialog';
import type { RequestDraft } from '../document/request-draft';
import type { ActiveDocument } from './use-save-tab';
import type { Tabs } from './use-tabs';

export interface DocumentSaving {
  /** The active tab's request, for Ctrl/Cmd+S; undefined when the active tab is not a request document. */
  readonly activeDocument?: ActiveDocument;
  /** The Save as dialog while one is open (it names the tab it saves, which may no longer be active). */
  readonly saveAsDialog: ReactNode;
}

/** Ctrl/Cmd+S and Save as for request documents, the same in every workspace. */
export function useDocumentSaving(tabs: Pick<Tabs, 'tabs' | 'documentSaved'>, activeId: string | undefined, activeDoc: RequestDraft | undefined): DocumentSaving {
  const { documentSaved } = tabs;
  const [savingAs, setSavingAs] = useState<string>();
  const activeDocument = useMemo(
    () =>
      activeDoc === undefined || activeId === undefined
        ? undefined
        : { draft: activeDoc, onSaved: (draft: RequestDraft) => documentSaved(activeId, draft), saveAs: () => setSavingAs(activeId) },
    [activeDoc, activeId, documentSaved],
  );
  const savingAsDraft = savingAs === undefined ? undefined : tabs.tabs.find((tab) => tab.id === savingAs)?.doc;
  const saveAsDialog =
    savingAs !== undefined && savingAsDraft !== undefined ? (
      <SaveAsDialog
        draft={savingAsDraft}
        onSaved={(draft) => {
          documentSaved(savingAs, draft);
          setSavingAs(undefined);
        }}
        onCancel={() => setSavingAs(undefined)}
      />
    ) : null;
  return { ...(activeDocument ? { activeDocument } : {}), saveAsDialog };
}
