/** What verify makes sure of before it sends a write: the target is this machine (or allowed) and answers. */
import type { HeaderEntry, RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { isLoopbackUrl } from '../../../shared/verify/loopback';
import { UserFacingError } from '../app-error';
import { sendRequest } from '../http/send-request';

/** Refuses a base URL that is not this machine unless remote targets are allowed; `allowHint` says how to allow them. */
export function assertVerifiableTarget(baseUrl: string, allowRemote: boolean, allowHint: string): void {
  if (isLoopbackUrl(baseUrl) || allowRemote) return;
  throw new UserFacingError('remote-target', `${baseUrl} is not this machine, and verify sends writes (POST, PUT, DELETE). Point the base URL at a local copy of the API, or ${allowHint} if this server is meant for it.`);
}

/** Fails with the network's reason when nothing answers at the base URL, before any check runs. */
export async function checkReachable(baseUrl: string, headers: readonly HeaderEntry[], timeoutMs: number, send: (request: RequestDescription) => Promise<ResponseSnapshot> = (request) => sendRequest(request)): Promise<void> {
  try {
    await send({ method: 'GET', url: `${baseUrl}/`, headers, timeoutMs: Math.min(timeoutMs, 10_000), maxRedirects: 0 });
  } catch (error) {
    throw new UserFacingError('unreachable', `${error instanceof Error ? error.message : String(error)} Nothing was verified.`);
  }
}
