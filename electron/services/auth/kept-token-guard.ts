/**
 * The main process's own check before an app send: the page holds Send back when a kept login token
 * would go to an origin it is not bound to, and this refuses such a request whatever path it came
 * by (a resend, a request recorded before the token was bound, a token written into the body or
 * encoded, one a refresh has replaced meanwhile), so the page is not the only guard.
 */
import { runOriginRefusal, unboundKeptToken } from '../../../shared/auth/token-origins';
import type { RequestDescription } from '../../../shared/request/request-model';
import { UserFacingError } from '../app-error';
import type { OAuthTokenStore } from './token-store';

/** Throws token-origin when `request` carries a kept token to an origin the token is not bound to. */
export async function refuseUnboundKeptToken(request: Pick<RequestDescription, 'url' | 'headers' | 'body'>, store: OAuthTokenStore): Promise<void> {
  const found = unboundKeptToken(request, await store.guarded());
  if (found === undefined) return;
  throw new UserFacingError('token-origin', runOriginRefusal(found.decision, found.token, (origin) => `log in again from a request to ${origin}`));
}
