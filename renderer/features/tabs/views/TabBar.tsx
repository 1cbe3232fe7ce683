import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { SaveNotice } from '../use-save-tab';
import type { Tabs } from '../use-tabs';

interface Props {
  readonly tabs: Tabs;
  readonly notice?: SaveNotice;
  readonly onDismissNotice: () => void;
  /** Controls at the bar's ends (the pane toggles). */
  readonly before?: ReactNode;
  readonly after?: ReactNode;
}

/**
 * The open requests as tabs: arrows move between them, Delete closes one, a dot marks unsaved
 * changes, italics the preview tab that the next single click in a list replaces (a double click keeps it),
 * "file deleted" a request kept after its file was deleted (saving it asks for a new name and place).
 */
export function TabBar({ tabs, notice, onDismissNotice, before, after }: Props) {
  const list = useRef<HTMLDivElement>(null);
  // The active tab stays in view in a strip that scrolls (opened far right, or picked from the list).
  const activeId = tabs.active?.id;
  useEffect(() => {
    if (activeId !== undefined) list.current?.querySelector(`[data-tab-id="${activeId}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [activeId]);
  const focusTab = (id: string) => {
    tabs.activate(id);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-tab-id="${id}"]`)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = step !== 0 ? tabs.tabs[(index + step + tabs.tabs.length) % tabs.tabs.length] : event.key === 'Home' ? tabs.tabs[0] : event.key === 'End' ? tabs.tabs.at(-1) : undefined;
    if (target) {
      event.preventDefault();
      focusTab(target.id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      const tab = tabs.tabs[index];
      if (tab) tabs.close(tab.id);
    }
  };

  // The notice has a line of its own under the strip: beside the tabs, a long one squeezed them and hid the active title.
  return (
    <div className="tab-strip">
      <div className="tab-bar">
        {before}
        <div className="tab-list" role="tablist" aria-label="Open requests" ref={list}>
          {tabs.tabs.map((tab, index) => {
            const selected = tab.id === tabs.active?.id;
            return (
              <div
                key={tab.id}
                id={tab.id}
                role="tab"
                aria-selected={selected}
                aria-controls="workspace-tabpanel"
                tabIndex={selected ? 0 : -1}
                className={`tab${selected ? ' tab-active' : ''}${tab.preview === true ? ' tab-preview' : ''}${tab.deletedFile !== undefined ? ' tab-deleted' : ''}`}
                data-tab-id={tab.id}
                data-testid="tab"
                data-changed={tab.changed}
                data-preview={tab.preview === true}
                data-file-deleted={tab.deletedFile !== undefined}
                title={tab.deletedFile !== undefined ? `${tab.title}: its file was deleted. The request stays here, unsaved; save it (Ctrl/Cmd+S) to choose a name and a place.` : tab.changed ? `${tab.title} (unsaved changes)` : tab.preview === true ? `${tab.title} (preview: the next request opened from a list replaces it; double-click to keep it)` : tab.title}
                onClick={() => tabs.activate(tab.id)}
                onDoubleClick={() => tabs.pin(tab.id)}
                // A middle click closes, as in browsers.
                onAuxClick={(event) => {
                  if (event.button === 1) tabs.close(tab.id);
                }}
                aria-keyshortcuts="Delete"
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                {(tab.op ?? tab.doc) && <span className={`tab-method method-${(tab.op ?? tab.doc)?.method.toLowerCase() ?? ''}`}>{(tab.op ?? tab.doc)?.method.toUpperCase()}</span>}
                <span className="tab-title">{tab.savedName ?? tab.deletedFile?.name ?? tab.op?.path ?? tab.title}</span>
                {tab.preview === true && <span className="visually-hidden">, preview</span>}
                {tab.deletedFile !== undefined && (
                  <span className="tab-deleted-note" data-testid="tab-file-deleted">
                    <span className="visually-hidden">, </span>file deleted
                  </span>
                )}
                {tab.changed && (
                  <span className="tab-changed" data-testid="tab-unsaved">
                    <span aria-hidden="true">●</span>
                    <span className="visually-hidden">, unsaved changes</span>
                  </span>
                )}
                {/* Keyboard: Delete on the tab, or Ctrl/Cmd+W; the × is for the mouse. */}
                <span
                  className="tab-close"
                  aria-hidden="true"
                  title="Close tab"
                  data-testid="tab-close"
                  onClick={(event) => {
                    event.stopPropagation();
                    tabs.close(tab.id);
                  }}
                >
                  ×
                </span>
              </div>
            );
          })}
        </div>
        {tabs.tabs.length > 1 && (
          <select
            className="input input-compact tab-menu"
            aria-label="Open tabs"
            title="All open tabs"
            value={tabs.active?.id ?? ''}
            onChange={(event) => {
              focusTab(event.target.value);
            }}
            data-testid="tab-menu"
          >
            {tabs.tabs.map((tab) => (
              <option key={tab.id} value={tab.id}>
                {`${(tab.op ?? tab.doc)?.method.toUpperCase() ?? ''} ${tab.savedName ?? tab.deletedFile?.name ?? tab.op?.path ?? tab.title}${tab.deletedFile !== undefined ? ' (file deleted)' : ''}${tab.changed ? ' •' : ''}`.trim()}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="button button-small button-ghost tab-new" onClick={tabs.newTab} aria-label="New tab" aria-keyshortcuts="Alt+T Control+T Meta+T" title="New tab (Alt+T)" data-testid="tab-new">
          +
        </button>
        {after}
      </div>
      <div className={`tab-notice${notice ? ` tab-notice-${notice.tone}` : ''}`} role="status" data-testid="save-notice">
        {notice?.text}
        {notice && notice.tone !== 'ok' && (
          <button type="button" className="button button-small button-ghost" onClick={onDismissNotice} aria-label="Dismiss">
            ×
          </button>
        )}
      </div>
    </div>
  );
}
