/**
 * A request's own OAuth 2.0 auth (the saved format's `oauth2`, as a free-form or saved request holds
 * it) seen as the security scheme and credentials the interactive login works with, so a request
 * without a document logs in through the same login, token store and token key as an operation.
 */
import type { Auth } from '../collections/format-v1';
import type { SecuritySchemeModel } from '../model/api-model';
import type { SchemeCredentials } from './apply-auth';
import { tokenCacheKey } from './login-settings';

export type OAuth2Auth = Extract<Auth, { type: 'oauth2' }>;

// Postman, Insomnia and Bruno spell them so; they all need a person at a browser or a second device.
const CODE_GRANTS = new Set(['authorization_code', 'authorization_code_with_pkce']);
const DEVICE_GRANTS = new Set(['device_code', 'urn:ietf:params:oauth:grant-type:device_code']);

/** True for a grant that needs an interactive login (authorization code or device code). */
export function isInteractiveGrant(grantType: string): boolean {
  return CODE_GRANTS.has(grantType) || DEVICE_GRANTS.has(grantType);
}

/** True when `auth` is sent with the token of an interactive login: such a grant with no access token of its own. */
export function needsLoginToken(auth: Auth): auth is OAuth2Auth {
  return auth.type === 'oauth2' && isInteractiveGrant(auth.grantType) && !auth.accessToken?.trim();
}

/** True for the client credentials grant: the app fetches its token at a click, no person logs in. */
export function isClientCredentialsGrant(grantType: string): boolean {
  return grantType === 'client_credentials';
}

/**
 * True when `auth` is sent with a token the tab holds in memory: an interactive login's, or one the
 * client credentials grant fetched; in both cases only when no access token is typed.
 */
export function takesHeldToken(auth: Auth): auth is OAuth2Auth {
  return auth.type === 'oauth2' && (isInteractiveGrant(auth.grantType) || isClientCredentialsGrant(auth.grantType)) && !auth.accessToken?.trim();
}

/** Fills a field's {{variables}} (the identity when there are none to fill). */
export type FieldFiller = (text: string) => string;

/** The token endpoint, client, scopes and audience a login for `auth` uses, filled and trimmed: what names its stored token. */
export function loginSettingsOf(auth: OAuth2Auth, fill: FieldFiller): { tokenUrl: string; clientId: string; scopes: string; audience: string } {
  const field = (text: string | undefined): string => fill(text ?? '').trim();
  return { tokenUrl: field(auth.accessTokenUrl), clientId: field(auth.clientId), scopes: field(auth.scope), audience: field(auth.audience) };
}

/** The stored token's key for `auth` (tokenCacheKey of its login settings). */
export function loginKeyOf(auth: OAuth2Auth, fill: FieldFiller): string {
  return tokenCacheKey(loginSettingsOf(auth, fill));
}

/**
 * The key a tab holds its token under: the login's key, told apart for the client credentials grant,
 * so switching the grant never sends the other grant's token.
 */
export function heldTokenKeyOf(auth: OAuth2Auth, fill: FieldFiller): string {
  const key = loginKeyOf(auth, fill);
  return isClientCredentialsGrant(auth.grantType) ? `client_credentials ${key}` : key;
}

/** The client credentials flow `auth` fetches its token with, its token URL filled; undefined for another grant or an empty token URL. */
export function clientCredentialsSchemeOf(auth: OAuth2Auth, fill: FieldFiller): SecuritySchemeModel | undefined {
  const tokenUrl = fill(auth.accessTokenUrl ?? '').trim();
  if (!isClientCredentialsGrant(auth.grantType) || tokenUrl === '') return undefined;
  return { type: 'oauth2', flows: { clientCredentials: { tokenUrl, scopes: {} } } };
}

/**
 * The one-flow scheme an interactive login of `auth` runs, its URLs filled; undefined when the grant is
 * not interactive or a URL the flow needs is still empty (the editor then says which).
 */
export function loginSchemeOf(auth: OAuth2Auth, fill: FieldFiller): SecuritySchemeModel | undefined {
  const tokenUrl = fill(auth.accessTokenUrl ?? '').trim();
  const authUrl = fill(auth.authUrl ?? '').trim();
  if (tokenUrl === '' || authUrl === '') return undefined;
  if (CODE_GRANTS.has(auth.grantType)) return { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: authUrl, tokenUrl, scopes: {} } } };
  if (DEVICE_GRANTS.has(auth.grantType)) return { type: 'oauth2', flows: { deviceCode: { deviceAuthorizationUrl: authUrl, tokenUrl, scopes: {} } } };
  return undefined;
}

/** The fields of `auth` the login form edits, as a scheme's credentials (as typed, {{variables}} and all). */
export function loginFieldsOf(auth: OAuth2Auth): SchemeCredentials {
  return { clientId: auth.clientId ?? '', clientSecret: auth.clientSecret ?? '', scopes: auth.scope ?? '', audience: auth.audience ?? '' };
}

/** `auth` with the login form's edits; an emptied field is left out of the file (undefined members are not written). */
export function withLoginFields(auth: OAuth2Auth, patch: Partial<SchemeCredentials>): OAuth2Auth {
  const pick = (key: 'clientId' | 'clientSecret' | 'scopes' | 'audience', current: string | undefined): string | undefined => {
    const value = key in patch ? patch[key] : current;
    return value === '' ? undefined : value;
  };
  return { ...auth, clientId: pick('clientId', auth.clientId), clientSecret: pick('clientSecret', auth.clientSecret), scope: pick('scopes', auth.scope), audience: pick('audience', auth.audience) };
}

const TOKEN_KEYS: ReadonlySet<string> = new Set(['token', 'oauthKey', 'tokenExpiresAt', 'tokenOrigins']);

/** A login form's patch in two: the token state (kept in memory only) and the typed fields (kept in the request). */
export function splitLoginPatch(patch: Partial<SchemeCredentials>): { token?: Partial<SchemeCredentials>; fields?: Partial<SchemeCredentials> } {
  const entries = Object.entries(patch);
  const token: Partial<SchemeCredentials> = Object.fromEntries(entries.filter(([key]) => TOKEN_KEYS.has(key)));
  const fields: Partial<SchemeCredentials> = Object.fromEntries(entries.filter(([key]) => !TOKEN_KEYS.has(key)));
  return { ...(Object.keys(token).length > 0 ? { token } : {}), ...(Object.keys(fields).length > 0 ? { fields } : {}) };
}

/** `auth` as it is sent now: a login's (or a fetched client credentials) `token` takes the place of the missing access token. */
export function withLoginToken(auth: Auth, token: string | undefined): Auth {
  if (token === undefined || token === '' || !takesHeldToken(auth)) return auth;
  return { ...auth, accessToken: token };
}
