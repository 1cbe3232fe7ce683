/** An event sink for tests: keeps every event and lets a test wait for one. */
import { appEvent, type AppEvent, type EventMap, type EventName, type EventSink } from '../../shared/ipc/events';

export interface RecordingSink extends EventSink {
  readonly events: AppEvent[];
  /** The first event (recorded or to come) that `matches`. */
  next(matches: (event: AppEvent) => boolean): Promise<AppEvent>;
}

/** A sink that records what the services emit. */
export function recordingSink(): RecordingSink {
  const events: AppEvent[] = [];
  const waiting: { readonly matches: (event: AppEvent) => boolean; readonly resolve: (event: AppEvent) => void }[] = [];
  return {
    events,
    emit<E extends EventName>(name: E, payload: EventMap[E]) {
      const event = appEvent(name, payload);
      events.push(event);
      for (const waiter of waiting.filter((each) => each.matches(event))) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    },
    next(matches) {
      const seen = events.find(matches);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiting.push({ matches, resolve }));
    },
  };
}
