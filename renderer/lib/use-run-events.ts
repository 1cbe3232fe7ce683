/** Events of a run (runner steps, verify checks) handed to React once per frame, grouped by run. */
import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../shared/ipc/events';
import { subscribeEvents } from './api';

/**
 * Calls `onBatch` once per frame and run with the payloads `pick` took from the events heard since
 * the last frame (`pick` answers undefined for events of no interest).
 */
export function useRunEvents<T extends { readonly runId: string }>(pick: (event: AppEvent) => T | undefined, onBatch: (runId: string, events: T[]) => void): void {
  const latest = useRef({ pick, onBatch });
  latest.current = { pick, onBatch };
  // Events can arrive thousands of times a second: one React update per frame keeps the page responsive.
  useEffect(() => {
    let pending: T[] = [];
    let frame: number | undefined;
    const flush = (): void => {
      frame = undefined;
      const batch = pending;
      pending = [];
      for (const runId of new Set(batch.map((each) => each.runId))) latest.current.onBatch(runId, batch.filter((each) => each.runId === runId));
    };
    const unsubscribe = subscribeEvents((event) => {
      const payload = latest.current.pick(event);
      if (payload === undefined) return;
      pending.push(payload);
      frame ??= requestAnimationFrame(flush);
    });
    return () => {
      unsubscribe();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, []);
}
