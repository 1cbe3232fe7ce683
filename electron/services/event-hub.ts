/** Fans events out to every connected transport (Electron windows, browser-host streams). */
import { appEvent, type AppEvent, type EventMap, type EventName, type EventSink } from '../../shared/ipc/events';

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
      const event = appEvent(name, payload);
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
