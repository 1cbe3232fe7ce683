/** The full send path as the renderer reaches it: dispatch (input validation) -> handler -> send, timings, validation, history. */
import { createDispatch } from '../electron/services/dispatch';
import { createHandlers } from '../electron/services/create-handlers';

/** Dispatch for a host with its data folder in `dataDir` (history is written there). */
export function createBenchDispatch(dataDir: string) {
  const handlers = createHandlers({
    demo: { start: () => Promise.reject(new Error('no demo in the bench')), stop: () => Promise.resolve() },
    events: { emit: () => undefined },
    dataDir,
  });
  return createDispatch(handlers);
}
