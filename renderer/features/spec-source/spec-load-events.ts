/**
 * What the main process pushes about one spec load, by the id the page gave it: a large document's
 * outline while its model is built, then the validation problems once they are known.
 */
import type { Problem, SpecOutline } from '../../../shared/model/api-model';
import { subscribeEvents } from '../../lib/api';

export interface SpecLoadEvents {
  /** Settles once the event stream is live, so nothing the load pushes can be missed. */
  readonly live: Promise<void>;
  /** The load's validation problems, when they are pushed. */
  readonly problems: Promise<readonly Problem[]>;
  /** Stops listening (the load failed, was cancelled or was replaced). */
  readonly close: () => void;
}

/** Listens for the events of the load `loadId`; call before sending spec:load. */
export function listenToSpecLoad(loadId: string, onOutline: (outline: SpecOutline) => void): SpecLoadEvents {
  let markLive = (): void => undefined;
  const live = new Promise<void>((resolve) => (markLive = resolve));
  let deliver = (_problems: readonly Problem[]): void => undefined;
  const problems = new Promise<readonly Problem[]>((resolve) => (deliver = resolve));
  let closed = false;
  let unsubscribe = (): void => undefined;
  const close = (): void => {
    closed = true;
    unsubscribe();
  };
  unsubscribe = subscribeEvents((event) => {
    if (event.name === 'app:ready') markLive();
    else if (event.name === 'spec:outline' && event.payload.loadId === loadId) onOutline(event.payload.outline);
    else if (event.name === 'spec:problems' && event.payload.loadId === loadId) {
      deliver(event.payload.problems);
      close();
    }
  });
  if (closed) unsubscribe();
  return { live, problems, close };
}
