/** Events of a run (runner steps, verify checks) handed to React once per frame, grouped by run. */
import { useEffect, useRef } from 'react';
import type { EventMap, EventName } from '../../shared/ipc/events';
import { subscribeEvents } from './api';

type RunEventName = { [E in EventName]: EventMap[E] extends { readonly runId: string } ? E : never }[EventName];

/** Calls `onBatch` once per frame and run with the events of `name` heard since the last frame. */
export function useRunEvents<E extends RunEventName>(name: E, onBatch: (runId: string, events: EventMap[E][]) => void): void {
  const latest = useRef(onBatch);
  latest.current = onBatch;
  // Events can arrive thousands of times a second: one React update per frame keeps the page responsive.
  useEffect(() => {
    let pending: EventMap[E][] = [];
    let frame: number | undefined;
    const flush = (): void => {
      frame = undefined;
      const batch = pending;
      pending = [];
      for (const runId of new Set(batch.map((each) => each.runId))) latest.current(runId, batch.filter((each) => each.runId === runId));
    };
    const unsubscribe = subscribeEvents((event) => {
      if (event.name !== name) return;
      // The name matched, so the payload is this event's.
      pending.push(event.payload as EventMap[E]);
      frame ??= requestAnimationFrame(flush);
    });
    return () => {
      unsubscribe();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [name]);
}
