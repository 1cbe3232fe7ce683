/** Fans events out to every connected transport (Electron windows, browser-host streams). */
import type { AppEvent, EventMap, EventName, EventSink } from '../../shared/ipc/events';

export type EventTransport = (event: AppEvent) => void;

export interface EventHub extends EventSink {
  /** Adds a transport; returns the function that removes it. */
  connect(transport: EventTransport): () => void;
}

/** An in-process hub: emit() delivers synchronously to each connected transport. */
export function createEventHub(): EventHub {
  const transports = new Set<EventTransport>();
  return {
    emit<E extends EventName>(name: E, payload: EventMap[E]) {
      const event = { name, payload } as AppEvent;
      for (const transport of transports) {
        try {
          transport(event);
        } catch {
          // A closed window or stream must not stop delivery to the others.
        }
      }
    },
    connect(transport) {
      transports.add(transport);
      return () => transports.delete(transport);
    },
  };
}
