/**
 * Runs (`roundtrip run`, the app's Runner) use the token an interactive login left: a request whose
 * OAuth 2.0 auth is the authorization code or device flow, with no access token of its own, gets
 * the stored token for its token URL, client id, scopes and audience, refreshed when due, before each send of
 * a long run too. When there is none the run does not start, and says which login is needed.
 * A request with the client credentials grant and no access token gets its token from the token
 * endpoint (no person is needed), fetched again when it is about to expire.
 *
 * A kept login token goes only to the API origins it was obtained for or allowed to (in the app, or
 * with --allow-token-origin for one run): a step to another origin fails before it is sent, and says
 * how to allow it. A client credentials token the run fetches with its own secret goes to whichever
 * origins the run's requests using it name: whoever wrote those requests could send the secret itself
 * there, so binding the token would protect nothing, and it lives in this process's memory only.
 */
import type { Auth } from '../../../shared/collections/format-v1';
import { isClientCredentialsGrant, loginSettingsOf, takesHeldToken, type OAuth2Auth } from '../../../shared/auth/oauth2-auth-login';
import { tokenCacheKey } from '../../../shared/auth/login-settings';
import { mergeScopes, recordScope, VariableFiller } from '../../../shared/request/variable-scopes';
import { runOriginRefusal, tokenOriginDecision, withOrigins } from '../../../shared/auth/token-origins';
import type { RequestDescription } from '../../../shared/request/request-model';
import type { PlannedStep, RunPlan } from '../../../shared/runner/run-plan';
import { processTokens, type OAuthTokens } from './oauth-token';
import type { OAuthTokenStore } from './token-store';

export interface LoginRun {
  /** The plan with each login step's access token filled in. */
  readonly plan: RunPlan;
  /**
   * Gives a login step the token to send now: the same one while it lasts, a refreshed one when it
   * is due, since a long run (many iterations, a slow API) outlives a token. Absent when no step logs in.
   */
  readonly beforeStep?: (step: PlannedStep) => Promise<PlannedStep>;
  /** Why a step's request, as built, must not go with its kept token (an origin the token is not bound to); undefined to send it. */
  readonly refuseSend?: (step: PlannedStep, request: RequestDescription) => string | undefined;
}

interface HeldToken {
  readonly accessToken: string;
  /** The origins a kept login token may go to; undefined for a token the run fetched itself. */
  readonly origins?: readonly string[];
}

interface StepLogin {
  readonly key: string;
  /** The token to send now: the same one while it lasts, renewed when due. */
  readonly token: () => Promise<HeldToken>;
  /** Names the kept login in a refusal. */
  readonly login?: { readonly tokenUrl: string; readonly clientId: string };
}

/** True when `auth` takes a token a run finds or fetches: a login's, or client credentials', with a token URL to ask. */
function takesRunToken(auth: Auth): auth is OAuth2Auth {
  return takesHeldToken(auth) && Boolean(auth.accessTokenUrl?.trim());
}

/**
 * `plan` with each such step's access token filled from `store`; throws login-needed when one has none.
 * `allowOrigins` are origins this run may send kept tokens to besides those they are bound to.
 */
export async function attachLoginTokens(
  plan: RunPlan,
  store: OAuthTokenStore,
  variables: Readonly<Record<string, string>> = {},
  clientTokens: OAuthTokens = processTokens,
  allowOrigins: readonly string[] = [],
): Promise<LoginRun> {
  const logins = new Map<string, StepLogin>();
  for (const step of plan.steps) {
    const auth = step.auth;
    if (!takesRunToken(auth)) continue;
    const filler = new VariableFiller(mergeScopes([recordScope('the run', variables), ...step.scopes]));
    const fill = (text: string | undefined): string => filler.fill(text ?? '', 'the auth').trim();
    const settings = loginSettingsOf(auth, fill);
    if (!isClientCredentialsGrant(auth.grantType)) {
      const key = tokenCacheKey(settings);
      logins.set(step.id, { key, login: settings, token: () => store.usable(key, settings).then((stored) => ({ accessToken: stored.accessToken, origins: stored.origins ?? [] })) });
      continue;
    }
    const request = { flow: 'clientCredentials' as const, tokenUrl: settings.tokenUrl, clientId: settings.clientId, clientSecret: fill(auth.clientSecret), scopes: settings.scopes, audience: settings.audience };
    // The secret is part of the key: two clients of one token endpoint never share a token.
    logins.set(step.id, { key: JSON.stringify(['client-credentials', request]), token: () => clientTokens.token(request).then((result) => ({ accessToken: result.accessToken })) });
  }
  if (logins.size === 0) return { plan };
  // The origins each kept token is bound to, as it was last read (another process may allow one meanwhile).
  const bound = new Map<string, readonly string[]>();
  const held = async (login: StepLogin, token: Promise<HeldToken>): Promise<string> => {
    const got = await token;
    if (got.origins !== undefined) bound.set(login.key, got.origins);
    return got.accessToken;
  };
  // Before anything is sent, so a missing login stops the run rather than failing its steps one by one.
  const tokens = new Map<string, Promise<HeldToken>>();
  const steps = await Promise.all(
    plan.steps.map(async (step): Promise<PlannedStep> => {
      const login = logins.get(step.id);
      if (login === undefined) return step;
      let token = tokens.get(login.key);
      if (token === undefined) {
        token = login.token();
        tokens.set(login.key, token);
      }
      return withToken(step, await held(login, token));
    }),
  );
  const beforeStep = async (step: PlannedStep): Promise<PlannedStep> => {
    const login = logins.get(step.id);
    if (login === undefined || step.auth.type !== 'oauth2') return step;
    const token = await held(login, login.token());
    return token === step.auth.accessToken ? step : withToken(step, token);
  };
  const allowed = withOrigins([], ...allowOrigins);
  const refuseSend = (step: PlannedStep, request: RequestDescription): string | undefined => {
    const login = logins.get(step.id);
    const origins = login === undefined ? undefined : bound.get(login.key);
    if (login?.login === undefined || origins === undefined) return undefined;
    const decision = tokenOriginDecision([...origins, ...allowed], request.url);
    return decision.send ? undefined : runOriginRefusal({ ...decision, boundTo: origins }, login.login);
  };
  return { plan: { ...plan, steps }, beforeStep, refuseSend };
}

function withToken(step: PlannedStep, accessToken: string): PlannedStep {
  if (step.auth.type !== 'oauth2') return step;
  const auth: OAuth2Auth = { ...step.auth, accessToken };
  return step.request.auth.type === 'oauth2' ? { ...step, auth, request: { ...step.request, auth } } : { ...step, auth };
}
