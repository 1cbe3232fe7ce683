/**
 * `roundtrip verify` uses the token an interactive login left for the document's OAuth 2.0
 * authorization code or device flow, when no Authorization header is given: the newest one kept
 * for one of those flows' token URLs, refreshed when due, and only when it is bound to the base URL's
 * origin (shared/auth/token-origins.ts): else verify stops and says how to allow it.
 */
import { interactiveFlows } from '../../../shared/auth/login-settings';
import type { ApiModel } from '../../../shared/model/api-model';
import type { HeaderEntry } from '../../../shared/request/request-model';
import { runOriginRefusal, tokenOriginDecision } from '../../../shared/auth/token-origins';
import { UserFacingError } from '../app-error';
import type { OAuthTokenStore } from './token-store';

export interface LoginHeader {
  readonly header: HeaderEntry;
  readonly clientId: string;
  readonly tokenUrl: string;
}

/** The Authorization header of a kept login for `model`'s interactive flows; undefined when none is kept. */
export async function loginHeaderFor(model: Pick<ApiModel, 'securitySchemes'>, baseUrl: string, store: OAuthTokenStore): Promise<LoginHeader | undefined> {
  const tokenUrls = new Set(Object.values(model.securitySchemes ?? {}).flatMap((scheme) => interactiveFlows(scheme, baseUrl).map((flow) => flow.tokenUrl)));
  if (tokenUrls.size === 0) return undefined;
  const kept = (await store.all()).filter((token) => tokenUrls.has(token.tokenUrl)).sort((a, b) => b.obtainedAt - a.obtainedAt)[0];
  if (kept === undefined) return undefined;
  const decision = tokenOriginDecision(kept.origins, baseUrl);
  if (!decision.send) throw new UserFacingError('token-origin', runOriginRefusal(decision, kept, () => 'give the Authorization header with --header'));
  // A refresh the server refuses throws login-needed: verify then stops and says which login to do.
  const token = await store.usable(kept.key, kept);
  return { header: { name: 'Authorization', value: `Bearer ${token.accessToken}` }, clientId: token.clientId, tokenUrl: token.tokenUrl };
}
