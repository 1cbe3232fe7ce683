/** The exchanges still running, by the id the renderer chose, so one can be cancelled. */

/** Anything a running exchange can be stopped through: an AbortController, or a send's Stopper. */
interface Abortable {
  abort(reason: Error): void;
}

const running = new Map<string, Abortable>();
const nothingToForget = (): void => undefined;

/**
 * How a send is stopped (cancel or deadline). Node's AbortController and its listeners are a
 * noticeable share of a small request when made three times over (sendRequest, axios, the body
 * read; npm run bench:request-overhead shows it); a send needs only one reason and
 * one thing to do at a time: destroy the hop's request while headers are awaited, then stop the
 * body read.
 */
export class Stopper implements Abortable {
  /** Why the send was stopped; undefined while it runs. */
  reason: Error | undefined = undefined;
  private action: ((reason: Error) => void) | undefined = undefined;

  /** Stops the send with `reason`; later calls change nothing. */
  abort(reason: Error): void {
    if (this.reason !== undefined) return;
    this.reason = reason;
    const action = this.action;
    this.action = undefined;
    action?.(reason);
  }

  /** Sets what stopping does from now on (undefined: nothing); runs it at once if already stopped. */
  onStop(action: ((reason: Error) => void) | undefined): void {
    if (this.reason !== undefined && action !== undefined) {
      action(this.reason);
      return;
    }
    this.action = action;
  }
}

function register(requestId: string | undefined, abortable: Abortable): () => void {
  if (requestId === undefined) return nothingToForget;
  running.get(requestId)?.abort(new CancelledError());
  running.set(requestId, abortable);
  return () => {
    if (running.get(requestId) === abortable) running.delete(requestId);
  };
}

/** Registers `requestId` and returns its controller and the function that forgets it. */
export function trackRequest(requestId: string | undefined): { controller: AbortController; done: () => void } {
  const controller = new AbortController();
  return { controller, done: register(requestId, controller) };
}

/** Registers a send under `requestId` (if any) and returns its stopper and the function that forgets it. */
export function trackSend(requestId: string | undefined): { stopper: Stopper; done: () => void } {
  const stopper = new Stopper();
  return { stopper, done: register(requestId, stopper) };
}

/** Cancels the exchange `requestId`; false when none is running (it already ended). */
export function cancelRequest(requestId: string): boolean {
  const exchange = running.get(requestId);
  if (!exchange) return false;
  exchange.abort(new CancelledError());
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

/** The reason a send stopped because its overall deadline passed: what arrived by then is kept. */
export class DeadlineError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`deadline of ${timeoutMs} ms passed`);
    this.name = 'DeadlineError';
  }
}
