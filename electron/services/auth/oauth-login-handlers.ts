/** The interactive OAuth 2.0 login channels, bound to one token store and one set of logins. */
import path from 'node:path';
import type { Handlers } from '../../../shared/ipc/contract';
import { tokenStatus } from '../../../shared/auth/token-file';
import { InteractiveLogins, loginResult } from './interactive-login';
import { discoverEndpoints } from './oidc-discovery';
import { tokenStoreAt } from './token-store';

type LoginChannels = 'auth:discover' | 'auth:login-start' | 'auth:login-wait' | 'auth:login-cancel' | 'auth:token-status' | 'auth:token-use' | 'auth:token-refresh' | 'auth:token-clear' | 'auth:token-allow-origin' | 'auth:token-revoke-origin';

export interface LoginHandlerDeps {
  readonly dataDir: string;
  /** The desktop app opens the system browser; the browser host leaves it to the page. */
  readonly openExternal?: (url: string) => Promise<void>;
}

/** The file in the data folder where login tokens are kept for later sends and `roundtrip run`. */
export function tokenFile(dataDir: string): string {
  return path.join(dataDir, 'oauth-tokens.json');
}

/** Handlers for the login channels. */
export function createLoginHandlers(deps: LoginHandlerDeps): Pick<Handlers, LoginChannels> {
  const store = tokenStoreAt(tokenFile(deps.dataDir));
  const logins = new InteractiveLogins({ store, ...(deps.openExternal ? { openExternal: deps.openExternal } : {}) });
  return {
    'auth:discover': (input) => discoverEndpoints(input.url),
    'auth:login-start': (input) => logins.start(input),
    'auth:login-wait': (input) => logins.wait(input.loginId),
    'auth:login-cancel': (input) => Promise.resolve(logins.cancel(input.loginId)),
    'auth:token-status': async (input) => {
      const token = await store.peek(input.key);
      return token === undefined ? {} : { status: tokenStatus(token) };
    },
    'auth:token-use': async (input) => loginResult(await store.usable(input.key, input)),
    'auth:token-refresh': async (input) => loginResult(await store.refresh(input.key)),
    'auth:token-clear': (input) => store.clear(input.key),
    'auth:token-allow-origin': async (input) => loginResult(await store.allowOrigin(input.key, input.origin, input)),
    'auth:token-revoke-origin': async (input) => loginResult(await store.revokeOrigin(input.key, input.origin, input)),
  };
}
