/**
 * Runs (`roundtrip run`, the app's Runner) use the token an interactive login left: a request whose
 * OAuth 2.0 auth is the authorization code or device flow, with no access token of its own, gets
 * the stored token for its token URL, client id and scopes, refreshed when due, before each send of
 * a long run too. When there is none the run does not start, and says which login is needed.
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
  readonly settings: { readonly tokenUrl: string; readonly clientId: string; readonly scopes: string };
}

/** `plan` with each such step's access token filled from `store`; throws login-needed when one has none. */
export async function attachLoginTokens(plan: RunPlan, store: OAuthTokenStore, variables: Readonly<Record<string, string>> = {}): Promise<LoginRun> {
  const logins = new Map<string, StepLogin>();
  for (const step of plan.steps) {
    if (!needsLoginToken(step.auth)) continue;
    const filler = new VariableFiller(mergeScopes([recordScope('the run', variables), ...step.scopes]));
    const fill = (text: string | undefined): string => filler.fill(text ?? '', 'the auth').trim();
    const settings = { tokenUrl: fill(step.auth.accessTokenUrl), clientId: fill(step.auth.clientId), scopes: fill(step.auth.scope) };
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
