/**
 * Interactive OAuth 2.0 logins run by the main process: the authorization code flow with PKCE
 * through the system browser and a loopback redirect (RFC 8252), and the device authorization flow
 * (RFC 8628). `start` says what the person has to do; `wait` answers when the token is there.
 */
import { randomUUID } from 'node:crypto';
import { authorizationAddress, readAuthorizationCallback } from '../../../shared/auth/authorization-code';
import { DEFAULT_DEVICE_INTERVAL_SECONDS, EXPIRED_DEVICE_CODE, nextPollStep } from '../../../shared/auth/device-poll';
import { tokenCacheKey } from '../../../shared/auth/login-settings';
import type { LoginResult, LoginSettings, LoginStart } from '../../../shared/auth/login-inputs';
import type { StoredToken } from '../../../shared/auth/token-file';
import { withOrigins } from '../../../shared/auth/token-origins';
import { UserFacingError } from '../app-error';
import { startLoopbackRedirect } from './loopback-redirect';
import { createPkce, createState } from './pkce';
import { jsonObject, postTokenForm, type IssuedToken } from './token-endpoint';
import type { OAuthTokenStore } from './token-store';

export interface LoginDeps {
  readonly store: OAuthTokenStore;
  /** Opens the address in the system browser; absent where the page opens it (the browser host). */
  readonly openExternal?: (url: string) => Promise<void>;
  readonly now?: () => number;
  /** How long an authorization code login may wait for its callback. */
  readonly callbackTimeoutMs?: number;
  /** Waits between device polls (tests record the intervals instead of waiting them out). */
  readonly sleep?: (ms: number) => Promise<void>;
}

interface Pending {
  readonly done: Promise<LoginResult>;
  readonly cancel: () => void;
}

const CALLBACK_TIMEOUT_MS = 10 * 60_000;
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** The logins under way in this process. */
export class InteractiveLogins {
  private readonly pending = new Map<string, Pending>();
  private readonly now: () => number;

  constructor(private readonly deps: LoginDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Begins a login: the address to open (or opened), or the device code to show. */
  async start(settings: LoginSettings): Promise<LoginStart> {
    const loginId = randomUUID();
    if (settings.flow === 'deviceCode') return this.startDevice(loginId, settings);
    return this.startAuthorizationCode(loginId, settings);
  }

  /** The token once the login completes; the login's error otherwise. */
  async wait(loginId: string): Promise<LoginResult> {
    const pending = this.pending.get(loginId);
    if (pending === undefined) throw new UserFacingError('login-unknown', 'This login is no longer running (it finished, was cancelled or Roundtrip restarted). Start the login again from Auth.');
    try {
      return await pending.done;
    } finally {
      this.pending.delete(loginId);
    }
  }

  /** Stops a login; true when it was running. */
  cancel(loginId: string): boolean {
    const pending = this.pending.get(loginId);
    pending?.cancel();
    return pending !== undefined;
  }

  private async startAuthorizationCode(loginId: string, settings: LoginSettings): Promise<LoginStart> {
    if (settings.authorizationUrl === undefined || settings.authorizationUrl === '') throw new UserFacingError('invalid-input', 'The authorization code flow needs an authorization URL. Fill it in under Auth, or pick a scheme whose document gives one.');
    const state = createState();
    const pkce = createPkce();
    const loopback = await startLoopbackRedirect((query) => {
      const outcome = readAuthorizationCallback(query, state);
      return outcome.ok ? { ok: true, message: 'Roundtrip received the authorization and is getting the token.' } : { ok: false, message: outcome.message };
    });
    let address: string;
    try {
      if (!/^https?:$/.test(new URL(settings.authorizationUrl).protocol)) throw new Error('not http(s)');
      address = authorizationAddress({ authorizationUrl: settings.authorizationUrl, clientId: settings.clientId, redirectUri: loopback.redirectUri, state, codeChallenge: pkce.challenge, ...optionalScopes(settings) });
    } catch {
      loopback.close();
      throw new UserFacingError('invalid-url', `The authorization URL "${settings.authorizationUrl}" is not an absolute http(s) URL. Correct it in Auth.`);
    }
    const { promise: cancelled, cancel } = cancellation();
    const timeout = setTimeout(cancel, this.deps.callbackTimeoutMs ?? CALLBACK_TIMEOUT_MS, 'timeout');
    const done = (async (): Promise<LoginResult> => {
      try {
        const query = await Promise.race([loopback.received, cancelled]);
        if (query === 'timeout') throw new UserFacingError('login-failed', 'No answer came back from the browser within 10 minutes. Log in again and finish the login in the browser window.');
        if (typeof query === 'string') throw new UserFacingError('login-cancelled', 'The login was cancelled.');
        const outcome = readAuthorizationCallback(query, state);
        if (!outcome.ok) throw new UserFacingError('login-failed', outcome.message);
        const form = new URLSearchParams({ grant_type: 'authorization_code', code: outcome.code, redirect_uri: loopback.redirectUri, code_verifier: pkce.verifier });
        return await this.exchange(settings, form);
      } finally {
        clearTimeout(timeout);
        loopback.close();
      }
    })();
    this.track(loginId, done, () => cancel('cancelled'));
    let opened = false;
    if (this.deps.openExternal !== undefined) {
      await this.deps.openExternal(address);
      opened = true;
    }
    return { loginId, flow: 'authorizationCode', authorizationAddress: address, redirectUri: loopback.redirectUri, opened };
  }

  private async startDevice(loginId: string, settings: LoginSettings): Promise<LoginStart> {
    const endpoint = settings.deviceAuthorizationUrl;
    if (endpoint === undefined || endpoint === '') throw new UserFacingError('invalid-input', 'The device flow needs a device authorization URL. Fill it in under Auth.');
    const form = new URLSearchParams({ client_id: settings.clientId });
    if (settings.scopes?.trim()) form.set('scope', settings.scopes.trim());
    if (settings.audience?.trim()) form.set('audience', settings.audience.trim());
    let response: Response;
    try {
      response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, body: form.toString(), signal: AbortSignal.timeout(20_000), redirect: 'error' });
    } catch (error) {
      throw new UserFacingError('token-unreachable', `Could not reach the device authorization endpoint ${endpoint} (${error instanceof Error ? error.message : String(error)}). Is the authorization server running, and is the URL right?`);
    }
    const body = jsonObject(await response.text());
    const text = (name: string): string | undefined => (typeof body[name] === 'string' ? body[name] : undefined);
    const deviceCode = text('device_code');
    const userCode = text('user_code');
    // Google says verification_url; RFC 8628 says verification_uri.
    const verificationUri = text('verification_uri') ?? text('verification_url');
    if (!response.ok || deviceCode === undefined || userCode === undefined || verificationUri === undefined) {
      const error = text('error');
      const description = text('error_description');
      throw new UserFacingError('login-failed', `The device authorization endpoint ${endpoint} answered ${response.status} without a device code${error ? ` ("${error}"${description ? `: ${description}` : ''})` : ''}. Check the client id, the scopes and the device authorization URL in Auth.`);
    }
    const expiresIn = Number(body.expires_in);
    const expiresAt = this.now() + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 600) * 1000;
    const interval = Number(body.interval);
    const intervalSeconds = Number.isFinite(interval) && interval > 0 ? interval : DEFAULT_DEVICE_INTERVAL_SECONDS;
    const { promise: cancelled, cancel } = cancellation();
    const done = this.pollDevice(settings, deviceCode, expiresAt, intervalSeconds, cancelled);
    this.track(loginId, done, () => cancel('cancelled'));
    const complete = text('verification_uri_complete');
    return { loginId, flow: 'deviceCode', userCode, verificationUri, ...(complete === undefined ? {} : { verificationUriComplete: complete }), expiresAt, intervalSeconds };
  }

  private async pollDevice(settings: LoginSettings, deviceCode: string, expiresAt: number, firstInterval: number, cancelled: Promise<string>): Promise<LoginResult> {
    let interval = firstInterval;
    for (;;) {
      const waited = await Promise.race([(this.deps.sleep ?? delay)(interval * 1000).then(() => 'elapsed'), cancelled]);
      if (waited === 'cancelled') throw new UserFacingError('login-cancelled', 'The device login was cancelled.');
      const answer = await postTokenForm(settings.tokenUrl, new URLSearchParams({ grant_type: DEVICE_GRANT, device_code: deviceCode }), client(settings), this.now);
      if (answer.ok) return this.keep(settings, answer.token);
      const step = nextPollStep(answer.error, interval, answer.description);
      if (step.kind === 'stop') throw new UserFacingError('login-failed', step.message);
      if (this.now() + step.intervalSeconds * 1000 > expiresAt) throw new UserFacingError('login-failed', EXPIRED_DEVICE_CODE);
      interval = step.intervalSeconds;
    }
  }

  private async exchange(settings: LoginSettings, form: URLSearchParams): Promise<LoginResult> {
    const answer = await postTokenForm(settings.tokenUrl, form, client(settings), this.now);
    if (!answer.ok) {
      throw new UserFacingError(
        'login-failed',
        `The token endpoint ${settings.tokenUrl} refused the authorization code ("${answer.error}"${answer.description ? `: ${answer.description}` : ''}). Check the client id and secret in Auth, then log in again.`,
      );
    }
    return this.keep(settings, answer.token);
  }

  private async keep(settings: LoginSettings, issued: IssuedToken): Promise<LoginResult> {
    const key = tokenCacheKey(settings);
    const token: StoredToken = {
      key,
      flow: settings.flow,
      tokenUrl: settings.tokenUrl,
      clientId: settings.clientId,
      accessToken: issued.accessToken,
      tokenType: issued.tokenType,
      obtainedAt: this.now(),
      // The request the person logged in from may have this token; any other origin is asked about first.
      origins: withOrigins([], settings.origin),
      ...(settings.refreshUrl ? { refreshUrl: settings.refreshUrl } : {}),
      ...(settings.scopes?.trim() ? { scopes: settings.scopes.trim() } : {}),
      ...(settings.audience?.trim() ? { audience: settings.audience.trim() } : {}),
      ...(issued.expiresAt === undefined ? {} : { expiresAt: issued.expiresAt }),
      ...(issued.refreshToken === undefined ? {} : { refreshToken: issued.refreshToken }),
    };
    await this.deps.store.save(token, settings.clientSecret);
    return loginResult(token);
  }

  private track(loginId: string, done: Promise<LoginResult>, cancel: () => void): void {
    // Nobody may wait (the page closed): the rejection is still handled.
    done.catch(() => undefined);
    this.pending.set(loginId, { done, cancel });
  }
}

/** What the renderer gets from a stored token. */
export function loginResult(token: StoredToken): LoginResult {
  return { key: token.key, accessToken: token.accessToken, tokenType: token.tokenType, canRefresh: token.refreshToken !== undefined, origins: token.origins ?? [], ...(token.expiresAt === undefined ? {} : { expiresAt: token.expiresAt }) };
}

function client(settings: LoginSettings): { clientId: string; clientSecret?: string } {
  return { clientId: settings.clientId, ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}) };
}

function optionalScopes(settings: LoginSettings): { scopes?: string; audience?: string } {
  return { ...(settings.scopes ? { scopes: settings.scopes } : {}), ...(settings.audience ? { audience: settings.audience } : {}) };
}

function cancellation(): { promise: Promise<string>; cancel: (why: string) => void } {
  let cancel: (why: string) => void = () => undefined;
  const promise = new Promise<string>((resolve) => (cancel = resolve));
  return { promise, cancel };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
