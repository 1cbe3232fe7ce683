/** A send that leaves an entry in history, whether it got an answer or failed. */
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { UserFacingError } from '../app-error';
import type { HistoryStore } from './history-store';

/**
 * Runs `send` and records its outcome. The write is not awaited: the answer reaches the
 * renderer first, and the store serializes its writes behind the scenes.
 */
export async function recordedSend(history: HistoryStore, request: RequestDescription, send: () => Promise<ResponseSnapshot>): Promise<ResponseSnapshot> {
  try {
    const response = await send();
    void history.record(request, { response }, request.opKey);
    return response;
  } catch (error) {
    const described = error instanceof UserFacingError ? { code: error.code, message: error.message } : { code: 'internal', message: (error as Error).message };
    void history.record(request, { error: described }, request.opKey);
    throw error;
  }
}
