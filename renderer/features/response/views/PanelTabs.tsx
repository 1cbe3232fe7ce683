import type { ReactNode } from 'react';
import { nextTabIndex } from '../../../components/tab-keys';

export interface PanelTab<T extends string> {
  readonly id: T;
  readonly label: string;
}

interface Props<T extends string> {
  /** Prefix of the tab and panel element ids (useId), so each tab names its panel. */
  readonly idPrefix: string;
  readonly label: string;
  readonly tabs: readonly PanelTab<T>[];
  readonly selected: T;
  readonly onSelect: (tab: T) => void;
  /** The content of one tab; only the selected tab's is rendered. */
  readonly panel: (tab: T) => ReactNode;
  /** Tabs whose panel stays mounted while hidden (a body view keeps its scroll and search). */
  readonly keepMounted?: readonly T[];
}

/** The response panel's tablist and its panels (WAI-ARIA tabs: roving focus, arrows, Home and End). */
export function PanelTabs<T extends string>({ idPrefix, label, tabs, selected, onSelect, panel, keepMounted = [] }: Props<T>) {
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((t, index) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.id}`}
            aria-selected={selected === t.id}
            aria-controls={`${idPrefix}-panel-${t.id}`}
            // Roving focus: Tab enters the selected tab, the arrows move between tabs.
            tabIndex={selected === t.id ? 0 : -1}
            className={selected === t.id ? 'tab tab-active' : 'tab'}
            onClick={() => onSelect(t.id)}
            onKeyDown={(event) => {
              const next = tabs[nextTabIndex(event.key, index, tabs.length) ?? -1];
              if (next === undefined) return;
              event.preventDefault();
              onSelect(next.id);
              document.getElementById(`${idPrefix}-tab-${next.id}`)?.focus();
            }}
            data-testid={`response-tab-${t.id}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) =>
        selected === t.id || keepMounted.includes(t.id) ? (
          <div key={t.id} role="tabpanel" id={`${idPrefix}-panel-${t.id}`} aria-labelledby={`${idPrefix}-tab-${t.id}`} hidden={selected !== t.id} className="tab-panel">
            {panel(t.id)}
          </div>
        ) : null,
      )}
    </>
  );
}
