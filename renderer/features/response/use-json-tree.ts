/** State of the JSON viewer: which containers are open, the search and its matches, the selected line. */
import { useCallback, useMemo, useState } from 'react';
import { ancestorPointers, jsonRows, searchJson, type JsonRow } from '../../../shared/response/json-rows';

// Big documents open two levels deep so the first paint stays quick; small ones open fully.
const FULLY_OPEN_BELOW_CHARS = 1024 * 1024;
const BIG_DEFAULT_DEPTH = 2;

export interface JsonTree {
  readonly rows: readonly JsonRow[];
  readonly toggle: (pointer: string) => void;
  readonly setAll: (open: boolean) => void;
  readonly query: string;
  readonly search: (query: string) => void;
  readonly matches: readonly string[];
  readonly current: number;
  readonly step: (delta: number) => void;
  readonly selected?: string;
  readonly select: (pointer: string) => void;
  /** Selects `pointer`, opens what hides it and scrolls to it. */
  readonly reveal: (pointer: string) => void;
  /** The line to scroll to (the current match or the selection) and a counter that changes on each jump. */
  readonly focusLine?: number;
  readonly focusKey: number;
}

/** Drives a JsonViewer for `value`, parsed from a text of `textLength` characters. */
export function useJsonTree(value: unknown, textLength: number): JsonTree {
  const defaultDepth = textLength < FULLY_OPEN_BELOW_CHARS ? Infinity : BIG_DEFAULT_DEPTH;
  // Pointers whose state differs from the default; `allOpen` overrides the default itself.
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const [allOpen, setAllOpen] = useState<boolean | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<readonly string[]>([]);
  const [current, setCurrent] = useState(0);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [focusKey, setFocusKey] = useState(0);

  const rows = useMemo(() => {
    const byDefault = (depth: number) => (allOpen === undefined ? depth < defaultDepth : allOpen);
    return jsonRows(value, (pointer, depth) => byDefault(depth) !== flipped.has(pointer));
  }, [value, flipped, allOpen, defaultDepth]);

  const isOpenIn = useCallback(
    (set: ReadonlySet<string>, pointer: string, depth: number) => (allOpen === undefined ? depth < defaultDepth : allOpen) !== set.has(pointer),
    [allOpen, defaultDepth],
  );

  const toggle = useCallback((pointer: string) => {
    setFlipped((old) => {
      const next = new Set(old);
      if (next.has(pointer)) next.delete(pointer);
      else next.add(pointer);
      return next;
    });
  }, []);

  const reveal = useCallback(
    (pointer: string) => {
      setFlipped((old) => {
        const next = new Set(old);
        ancestorPointers(pointer).forEach((ancestor, depth) => {
          if (!isOpenIn(next, ancestor, depth)) {
            if (next.has(ancestor)) next.delete(ancestor);
            else next.add(ancestor);
          }
        });
        return next;
      });
      setSelected(pointer);
      setFocusKey((key) => key + 1);
    },
    [isOpenIn],
  );

  const search = useCallback(
    (text: string) => {
      setQuery(text);
      const found = text.trim() === '' ? [] : searchJson(value, text.trim());
      setMatches(found);
      setCurrent(0);
      if (found[0] !== undefined) reveal(found[0]);
    },
    [value, reveal],
  );

  const step = useCallback(
    (delta: number) => {
      if (matches.length === 0) return;
      const next = (current + delta + matches.length) % matches.length;
      setCurrent(next);
      const pointer = matches[next];
      if (pointer !== undefined) reveal(pointer);
    },
    [matches, current, reveal],
  );

  const setAll = useCallback((open: boolean) => {
    setAllOpen(open);
    setFlipped(new Set());
  }, []);

  const focusLine = useMemo(() => {
    if (selected === undefined) return undefined;
    const index = rows.findIndex((row) => row.pointer === selected && row.kind !== 'close');
    return index === -1 ? undefined : index;
  }, [rows, selected]);

  return { rows, toggle, setAll, query, search, matches, current, step, ...(selected === undefined ? {} : { selected }), select: setSelected, reveal, ...(focusLine === undefined ? {} : { focusLine }), focusKey };
}
