/** The exchanges still running, by the id the renderer chose, so one can be cancelled. */

const running = new Map<string, AbortController>();

/** Registers `requestId` and returns its controller and the function that forgets it. */
export function trackRequest(requestId: string | undefined): { controller: AbortController; done: () => void } {
  const controller = new AbortController();
  if (requestId === undefined) return { controller, done: () => undefined };
  running.get(requestId)?.abort(new CancelledError());
  running.set(requestId, controller);
  return {
    controller,
    done: () => {
      if (running.get(requestId) === controller) running.delete(requestId);
    },
  };
}

/** Cancels the exchange `requestId`; false when none is running (it already ended). */
export function cancelRequest(requestId: string): boolean {
  const controller = running.get(requestId);
  if (!controller) return false;
  controller.abort(new CancelledError());
  running.delete(requestId);
  return true;
}

/** The reason an exchange stopped because the user cancelled it. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled by the user');
    this.name = 'CancelledError';
  }
}
