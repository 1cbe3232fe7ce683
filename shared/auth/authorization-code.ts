/**
 * The authorization code flow's two pure steps (RFC 6749 4.1, PKCE RFC 7636, native apps RFC 8252):
 * the address the person logs in at, and reading what the authorization server sent back to the
 * loopback redirect, `state` checked and its errors said with what to do next.
 */

export interface AuthorizationRequest {
  readonly authorizationUrl: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  /** The S256 challenge of the verifier kept by the main process. */
  readonly codeChallenge: string;
  /** Space-separated. */
  readonly scopes?: string;
  /** Sent as `audience` (Auth0, Okta and others ask for it to pick the API). */
  readonly audience?: string;
}

/** The authorization endpoint's address with the request's parameters added to any it already has. */
export function authorizationAddress(request: AuthorizationRequest): string {
  const url = new URL(request.authorizationUrl);
  const set = (name: string, value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') url.searchParams.set(name, value.trim());
  };
  set('response_type', 'code');
  set('client_id', request.clientId);
  set('redirect_uri', request.redirectUri);
  set('scope', request.scopes);
  set('audience', request.audience);
  set('state', request.state);
  set('code_challenge', request.codeChallenge);
  set('code_challenge_method', 'S256');
  return url.href;
}

export type CallbackOutcome = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly error: string; readonly message: string };

// RFC 6749 4.1.2.1's error codes, each with what the person can do about it.
const NEXT_STEP: Readonly<Record<string, string>> = {
  access_denied: 'The login was declined (or cancelled) at the authorization server. Log in again and approve the access to get a token.',
  invalid_scope: 'The authorization server does not accept the scopes asked for. Remove or correct the scopes in Auth, then log in again.',
  unauthorized_client: 'This client id may not use the authorization code flow. Check the client id, or enable the flow for the client at the authorization server.',
  invalid_client: 'The authorization server does not know this client id. Check the client id in Auth.',
  unsupported_response_type: 'The authorization server does not offer the authorization code flow at this address. Check the authorization URL.',
  invalid_request: 'The authorization server refused the request as malformed (often a redirect URI it does not allow). Allow http://127.0.0.1 loopback redirects (any port) for the client, then log in again.',
  server_error: 'The authorization server failed. Try again in a moment.',
  temporarily_unavailable: 'The authorization server is busy or down for now. Try again in a moment.',
};

/** What the redirect's query says: a code for this login, or why there is none. */
export function readAuthorizationCallback(query: URLSearchParams, expectedState: string): CallbackOutcome {
  const state = query.get('state');
  const error = query.get('error');
  if (error !== null) {
    // An error for another login must not end this one with a wrong reason either.
    if (state !== expectedState) return { ok: false, error: 'state_mismatch', message: stateMismatch };
    const description = query.get('error_description');
    const said = `The authorization server answered "${error}"${description ? ` (${description})` : ''}.`;
    return { ok: false, error, message: `${said} ${NEXT_STEP[error] ?? 'Check the settings in Auth and log in again.'}` };
  }
  if (state !== expectedState) return { ok: false, error: 'state_mismatch', message: stateMismatch };
  const code = query.get('code');
  if (code === null || code === '') return { ok: false, error: 'no_code', message: 'The authorization server came back without an authorization code. Check the authorization URL in Auth and log in again.' };
  return { ok: true, code };
}

const stateMismatch =
  'The answer to the login did not carry the state this login sent, so it was refused (it may come from another login or another page). Log in again from Auth.';
