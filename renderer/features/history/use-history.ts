/** The history feature: lists what was sent (searchable), opens an entry, clears the list. */
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import type { HistoryEntry, HistorySummary } from '../../../shared/response/history-entry';
import { api } from '../../lib/api';

export interface History {
  readonly entries: readonly HistorySummary[];
  readonly query: string;
  readonly setQuery: (query: string) => void;
  readonly refresh: () => void;
  readonly open: (id: string) => void;
  readonly opened?: HistoryEntry;
  readonly close: () => void;
  readonly clear: () => void;
  readonly error?: AppError;
}

/** History state for a drawer that is shown while `active`. */
export function useHistory(active: boolean): History {
  const [entries, setEntries] = useState<readonly HistorySummary[]>([]);
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState<HistoryEntry | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!active) return;
    let current = true;
    void api['history:list']({ query, limit: 200 }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setEntries(result.value);
        setError(undefined);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [active, query, version]);

  const refresh = useCallback(() => setVersion((value) => value + 1), []);
  const open = useCallback((id: string) => {
    void api['history:get']({ id }).then((result) => (result.ok ? setOpened(result.value) : setError(result.error)));
  }, []);
  const close = useCallback(() => setOpened(undefined), []);
  const clear = useCallback(() => {
    void api['history:clear']({}).then(() => {
      setOpened(undefined);
      setVersion((value) => value + 1);
    });
  }, []);

  return { entries, query, setQuery, refresh, open, ...(opened ? { opened } : {}), close, clear, ...(error ? { error } : {}) };
}
