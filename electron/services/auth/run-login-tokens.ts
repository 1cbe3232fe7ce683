/**
 * Runs (`roundtrip run`, the app's Runner) use the token an interactive login left: a request whose
 * OAuth 2.0 auth is the authorization code or device flow, with no access token of its own, gets
 * the stored token for its token URL, client id, scopes and audience, refreshed when due, before each send of
 * a long run too. When there is none the run does not start, and says which login is needed.
 */
import type { Auth } from '../../../shared/collections/format-v1';
import { loginSettingsOf, needsLoginToken as needsLogin, type OAuth2Auth } from '../../../shared/auth/oauth2-auth-login';
import { tokenCacheKey } from '../../../shared/auth/login-settings';
import { mergeScopes, recordScope, VariableFiller } from '../../../shared/request/variable-scopes';
import type { PlannedStep, RunPlan } from '../../../shared/runner/run-plan';
import type { OAuthTokenStore } from './token-store';

/** True when `auth` needs a token from an interactive login (and names the token endpoint to look it up by). */
export function needsLoginToken(auth: Auth): auth is OAuth2Auth {
  return needsLogin(auth) && Boolean(auth.accessTokenUrl?.trim());
}

export interface LoginRun {
  /** The plan with each login step's access token filled in. */
  readonly plan: RunPlan;
  /**
   * Gives a login step the token to send now: the same one while it lasts, a refreshed one when it
   * is due, since a long run (many iterations, a slow API) outlives a token. Absent when no step logs in.
   */
  readonly beforeStep?: (step: PlannedStep) => Promise<PlannedStep>;
}

interface StepLogin {
  readonly key: string;
  readonly settings: { readonly tokenUrl: string; readonly clientId: string; readonly scopes: string; readonly audience: string };
}

/** `plan` with each such step's access token filled from `store`; throws login-needed when one has none. */
export async function attachLoginTokens(plan: RunPlan, store: OAuthTokenStore, variables: Readonly<Record<string, string>> = {}): Promise<LoginRun> {
  const logins = new Map<string, StepLogin>();
  for (const step of plan.steps) {
    if (!needsLoginToken(step.auth)) continue;
    const filler = new VariableFiller(mergeScopes([recordScope('the run', variables), ...step.scopes]));
    const settings = loginSettingsOf(step.auth, (text) => filler.fill(text, 'the auth'));
    logins.set(step.id, { key: tokenCacheKey(settings), settings });
  }
  if (logins.size === 0) return { plan };
  // Before anything is sent, so a missing login stops the run rather than failing its steps one by one.
  const tokens = new Map<string, Promise<string>>();
  const steps = await Promise.all(
    plan.steps.map(async (step): Promise<PlannedStep> => {
      const login = logins.get(step.id);
      if (login === undefined) return step;
      let token = tokens.get(login.key);
      if (token === undefined) {
        token = store.usable(login.key, login.settings).then((stored) => stored.accessToken);
        tokens.set(login.key, token);
      }
      return withToken(step, await token);
    }),
  );
  const beforeStep = async (step: PlannedStep): Promise<PlannedStep> => {
    const login = logins.get(step.id);
    if (login === undefined || step.auth.type !== 'oauth2') return step;
    const stored = await store.usable(login.key, login.settings);
    return stored.accessToken === step.auth.accessToken ? step : withToken(step, stored.accessToken);
  };
  return { plan: { ...plan, steps }, beforeStep };
}

function withToken(step: PlannedStep, accessToken: string): PlannedStep {
  if (step.auth.type !== 'oauth2') return step;
  const auth: OAuth2Auth = { ...step.auth, accessToken };
  return step.request.auth.type === 'oauth2' ? { ...step, auth, request: { ...step.request, auth } } : { ...step, auth };
}
