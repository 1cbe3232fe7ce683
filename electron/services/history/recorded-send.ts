/** A send that leaves an entry in history, whether it got an answer or failed. */
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import type { HistoryContext } from '../../../shared/response/history-entry';
import { UserFacingError } from '../app-error';
import type { SendOptions } from '../http/send-request';
import type { HistoryStore } from './history-store';

/**
 * Runs `send` and records its outcome. The write is not awaited: the answer reaches the
 * renderer first, and the store serializes its writes behind the scenes.
 */
export async function recordedSend(history: HistoryStore, request: RequestDescription, send: () => Promise<ResponseSnapshot>, context?: HistoryContext): Promise<ResponseSnapshot> {
  try {
    const response = await send();
    void history.record(request, { response }, request.opKey, context);
    return response;
  } catch (error) {
    const described = error instanceof UserFacingError ? { code: error.code, message: error.message } : { code: 'internal', message: (error as Error).message };
    void history.record(request, { error: described }, request.opKey, context);
    throw error;
  }
}

/**
 * A single-send function for the automatic retry that records every attempt, numbered, so
 * history shows each request that went out and not only the last one.
 */
export function recordingAttempts(
  history: HistoryStore,
  send: (request: RequestDescription, options: SendOptions) => Promise<ResponseSnapshot>,
): (request: RequestDescription, options: SendOptions) => Promise<ResponseSnapshot> {
  let attempt = 0;
  return (request, options) => {
    attempt += 1;
    // The first attempt is the user's own send; later ones are the retry's.
    return recordedSend(history, request, () => send(request, options), attempt === 1 ? { attempt } : { via: 'retry', attempt });
  };
}
