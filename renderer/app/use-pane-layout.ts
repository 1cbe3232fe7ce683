/** The pane layout of the window, remembered in localStorage across restarts. */
import { useCallback, useEffect, useState } from 'react';
import { LAYOUT_STORAGE_KEY, parseLayout, type PaneLayout } from './pane-layout';

export interface PaneLayoutControls {
  readonly layout: PaneLayout;
  readonly update: (change: Partial<PaneLayout>) => void;
}

/** Layout state; every change is written back so the next start opens the panes as they were left. */
export function usePaneLayout(): PaneLayoutControls {
  const [layout, setLayout] = useState<PaneLayout>(() => parseLayout(readStored()));
  const update = useCallback((change: Partial<PaneLayout>) => setLayout((current) => ({ ...current, ...change })), []);
  useEffect(() => {
    try {
      localStorage.setItem(LAYOUT_STORAGE_KEY, JSON.stringify(layout));
    } catch {
      // Storage full or denied: the layout still works, it is just not remembered.
    }
  }, [layout]);
  return { layout, update };
}

function readStored(): string | null {
  try {
    return localStorage.getItem(LAYOUT_STORAGE_KEY);
  } catch {
    return null;
  }
}
