/**
 * Runs (`roundtrip run`, the app's Runner) use the token an interactive login left: a request whose
 * OAuth 2.0 auth is the authorization code or device flow, with no access token of its own, gets
 * the stored token for its token URL, client id and scopes, refreshed when due. When there is none
 * the run does not start, and says which login is needed.
 */
import type { Auth } from '../../../shared/collections/format-v1';
import { tokenCacheKey } from '../../../shared/auth/login-settings';
import { mergeScopes, recordScope, VariableFiller } from '../../../shared/request/variable-scopes';
import type { PlannedStep, RunPlan } from '../../../shared/runner/run-plan';
import type { OAuthTokenStore } from './token-store';

// Postman, Insomnia and Bruno spell them so; they all need a person at a browser or a second device.
const INTERACTIVE_GRANTS = new Set(['authorization_code', 'authorization_code_with_pkce', 'device_code', 'urn:ietf:params:oauth:grant-type:device_code']);

type OAuth2Auth = Extract<Auth, { type: 'oauth2' }>;

/** True when `auth` needs a token from an interactive login. */
export function needsLoginToken(auth: Auth): auth is OAuth2Auth {
  return auth.type === 'oauth2' && INTERACTIVE_GRANTS.has(auth.grantType) && !auth.accessToken?.trim() && Boolean(auth.accessTokenUrl?.trim());
}

/** `plan` with each such step's access token filled from `store`; throws login-needed when one has none. */
export async function attachLoginTokens(plan: RunPlan, store: OAuthTokenStore, variables: Readonly<Record<string, string>> = {}): Promise<RunPlan> {
  const tokens = new Map<string, Promise<string>>();
  const steps = await Promise.all(
    plan.steps.map(async (step): Promise<PlannedStep> => {
      if (!needsLoginToken(step.auth)) return step;
      const filler = new VariableFiller(mergeScopes([recordScope('the run', variables), ...step.scopes]));
      const fill = (text: string | undefined): string => filler.fill(text ?? '', 'the auth').trim();
      const settings = { tokenUrl: fill(step.auth.accessTokenUrl), clientId: fill(step.auth.clientId), scopes: fill(step.auth.scope) };
      const key = tokenCacheKey(settings);
      let token = tokens.get(key);
      if (token === undefined) {
        token = store.usable(key, settings).then((stored) => stored.accessToken);
        tokens.set(key, token);
      }
      const auth: OAuth2Auth = { ...step.auth, accessToken: await token };
      return step.request.auth.type === 'oauth2' ? { ...step, auth, request: { ...step.request, auth } } : { ...step, auth };
    }),
  );
  return { ...plan, steps };
}
