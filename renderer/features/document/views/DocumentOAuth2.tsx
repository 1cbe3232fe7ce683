import type { SchemeCredentials } from '../../../../shared/auth/apply-auth';
import { clientCredentialsSchemeOf, isClientCredentialsGrant, isInteractiveGrant, loginFieldsOf, loginSchemeOf, splitLoginPatch, withLoginFields, type OAuth2Auth } from '../../../../shared/auth/oauth2-auth-login';
import { OAuthLogin } from '../../auth/views/OAuthLogin';
import { OAuthTokenButton } from '../../auth/views/OAuthTokenButton';
import type { DocumentLogin } from '../use-document-login';
import { AuthField } from './AuthField';

interface Props {
  readonly auth: OAuth2Auth;
  readonly onChange: (auth: OAuth2Auth) => void;
  readonly login: DocumentLogin;
  /** The URL the request goes to now: a login from it binds the kept token to its origin. */
  readonly requestUrl?: string;
}

const GRANTS: readonly { readonly value: string; readonly label: string }[] = [
  { value: 'authorization_code', label: 'Authorization code (PKCE, browser login)' },
  { value: 'device_code', label: 'Device code' },
  { value: 'client_credentials', label: 'Client credentials' },
];

const DEVICE_GRANTS = new Set(['device_code', 'urn:ietf:params:oauth:grant-type:device_code']);

/** A request's own OAuth 2.0 auth: the grant and its URLs, then Log in (or a device code) for the interactive grants and Get token for client credentials, as an operation's scheme has. */
export function DocumentOAuth2({ auth, onChange, login, requestUrl }: Props) {
  const interactive = isInteractiveGrant(auth.grantType);
  const device = DEVICE_GRANTS.has(auth.grantType);
  const scheme = loginSchemeOf(auth, login.fill);
  const clientCredentials = isClientCredentialsGrant(auth.grantType);
  const fetchScheme = clientCredentialsSchemeOf(auth, login.fill);
  const grants = GRANTS.some((g) => g.value === auth.grantType) ? GRANTS : [...GRANTS, { value: auth.grantType, label: auth.grantType }];
  const set = (patch: Partial<SchemeCredentials>): void => {
    const { token, fields } = splitLoginPatch(patch);
    if (token !== undefined) login.set(token);
    if (fields !== undefined) onChange(withLoginFields(auth, fields));
  };
  // A fetched token is held under the key of the fields it was fetched with, as a login's is; fetched at a click
  // from this request with the person's own secret, it carries no kept login's origins.
  const setFetched = (patch: Partial<SchemeCredentials>): void => set(patch.token === undefined || login.key === undefined ? patch : { ...patch, oauthKey: login.key, tokenOrigins: undefined });
  const text = (value: string | undefined, key: 'accessTokenUrl' | 'authUrl' | 'accessToken' | 'clientId' | 'clientSecret' | 'scope' | 'audience'): OAuth2Auth => ({ ...auth, [key]: value === '' ? undefined : value });
  return (
    <>
      <label className="doc-auth-field">
        <span>Grant type</span>
        <select className="input input-compact" aria-label="OAuth 2.0 grant type" value={auth.grantType} onChange={(event) => onChange({ ...auth, grantType: event.target.value })} data-testid="doc-oauth-grant">
          {grants.map((grant) => (
            <option key={grant.value} value={grant.value}>
              {grant.label}
            </option>
          ))}
        </select>
      </label>
      <AuthField label="Token URL" value={auth.accessTokenUrl ?? ''} onChange={(value) => onChange(text(value, 'accessTokenUrl'))} testId="doc-oauth-token-url" />
      {interactive && <AuthField label={device ? 'Device authorization URL' : 'Authorization URL'} value={auth.authUrl ?? ''} onChange={(value) => onChange(text(value, 'authUrl'))} testId="doc-oauth-auth-url" />}
      {interactive && scheme !== undefined && (
        <div className="doc-auth-login" data-testid="doc-oauth-login">
          <OAuthLogin name="OAuth 2.0" scheme={scheme} value={{ ...loginFieldsOf(auth), ...login.credentials }} set={set} baseUrl="" fill={login.fill} {...(requestUrl === undefined ? {} : { requestUrl })} />
        </div>
      )}
      {interactive && scheme === undefined && <p className="field-help">Fill in the token URL and the {device ? 'device authorization' : 'authorization'} URL to log in.</p>}
      {clientCredentials && (
        <>
          <AuthField label="Scope" value={auth.scope ?? ''} onChange={(value) => onChange(text(value, 'scope'))} testId="doc-oauth-scope" />
          {fetchScheme === undefined ? (
            <p className="field-help">Fill in the token URL to get a token.</p>
          ) : (
            <div className="doc-auth-login" data-testid="doc-oauth-fetch">
              <OAuthTokenButton name="OAuth 2.0" scheme={fetchScheme} value={{ ...loginFieldsOf(auth), ...(login.token === undefined ? {} : { token: login.token }) }} set={setFetched} baseUrl="" fill={login.fill} />
            </div>
          )}
        </>
      )}
      {!interactive && !clientCredentials && (
        <>
          <AuthField label="Client id" value={auth.clientId ?? ''} onChange={(value) => onChange(text(value, 'clientId'))} testId="doc-oauth-client-id" />
          <AuthField label="Client secret" value={auth.clientSecret ?? ''} onChange={(value) => onChange(text(value, 'clientSecret'))} secret testId="doc-oauth-client-secret" />
          <AuthField label="Scope" value={auth.scope ?? ''} onChange={(value) => onChange(text(value, 'scope'))} testId="doc-oauth-scope" />
          <AuthField label="Audience" value={auth.audience ?? ''} onChange={(value) => onChange(text(value, 'audience'))} placeholder="optional" testId="doc-oauth-audience" />
        </>
      )}
      <AuthField label="Access token" value={auth.accessToken ?? ''} onChange={(value) => onChange(text(value, 'accessToken'))} secret placeholder={interactive ? 'empty: the token of the login' : clientCredentials ? 'empty: the token of Get token' : ''} />
    </>
  );
}
