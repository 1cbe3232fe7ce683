import { useState } from 'react';
import type { SchemeCredentials } from '../../../../shared/auth/apply-auth';
import type { FieldFiller } from '../../../../shared/auth/oauth2-auth-login';
import { defaultScopes, interactiveFlows, tokenCacheKey, type FlowEndpoints, type InteractiveFlow } from '../../../../shared/auth/login-settings';
import { originOf } from '../../../../shared/auth/token-origins';
import { expiryText } from '../../../../shared/auth/token-status';
import type { SecuritySchemeModel } from '../../../../shared/model/api-model';
import { useNow } from '../use-now';
import { useOAuthDiscovery } from '../use-oauth-discovery';
import { useOAuthLogin } from '../use-oauth-login';
import { DeviceCodeBox } from './DeviceCodeBox';
import { SecretInput } from './SecretInput';
import { Captioned } from './Captioned';
import { KeptTokenOrigins } from './KeptTokenOrigins';

interface Props {
  readonly name: string;
  readonly scheme: SecuritySchemeModel;
  readonly value: SchemeCredentials;
  readonly set: (patch: Partial<SchemeCredentials>) => void;
  readonly baseUrl: string;
  /** The scopes the operation's requirement names for this scheme, asked for unless others are typed. */
  readonly requiredScopes?: readonly string[];
  /** Fills the {{variables}} of the fields as typed (a request's own auth may hold them); as typed when absent. */
  readonly fill?: FieldFiller;
  /** The URL of the request logging in (the base URL when absent): the kept token may go to its origin. */
  readonly requestUrl?: string;
}

const AS_TYPED: FieldFiller = (text) => text;

const FLOW_LABELS: Readonly<Record<InteractiveFlow, string>> = { authorizationCode: 'Authorization code (PKCE, browser login)', deviceCode: 'Device code' };

/** Log in with the authorization code or device flow; the token's status with Refresh and Clear, and the API origins it goes to. */
export function OAuthLogin({ name, scheme, value, set, baseUrl, requiredScopes, fill = AS_TYPED, requestUrl = baseUrl }: Props) {
  const discovery = useOAuthDiscovery(scheme.type === 'openIdConnect' ? scheme.openIdConnectUrl : undefined);
  const flows = interactiveFlows(scheme, baseUrl, discovery.endpoints);
  const [chosen, setChosen] = useState<InteractiveFlow>();
  const flow: FlowEndpoints | undefined = flows.find((f) => f.flow === chosen) ?? flows[0];
  const clientId = value.clientId ?? '';
  const scopes = value.scopes ?? defaultScopes(requiredScopes);
  const audience = value.audience ?? '';
  // What is sent and what names the kept token: the fields with their {{variables}} filled.
  const sent = { clientId: fill(clientId), clientSecret: fill(value.clientSecret ?? ''), scopes: fill(scopes), audience: fill(audience) };
  const key = tokenCacheKey({ tokenUrl: flow?.tokenUrl ?? '', clientId: sent.clientId, scopes: sent.scopes, audience: sent.audience });
  const login = useOAuthLogin({
    key,
    tokenUrl: flow?.tokenUrl ?? '',
    clientId: sent.clientId,
    hasToken: Boolean(value.token) && value.oauthKey === key,
    onToken: (result) => set(result === undefined ? { token: '', oauthKey: undefined, tokenExpiresAt: undefined, tokenOrigins: undefined } : { token: result.accessToken, oauthKey: result.key, tokenExpiresAt: result.expiresAt, tokenOrigins: result.origins }),
  });
  const now = useNow(login.status !== undefined);
  // The credentials' copy is the newer while they hold this token (an Allow under Send updates it, not the status).
  const hasToken = Boolean(value.token) && value.oauthKey === key;
  const origins = hasToken && value.tokenOrigins !== undefined ? value.tokenOrigins : login.status?.origins;
  if (discovery.error !== undefined && flows.length === 0) return <p className="field-problem" role="alert">{discovery.error}</p>;
  if (flow === undefined) return null;
  const origin = originOf(requestUrl);
  const start = (): void => {
    void login.login({
      ...(origin === undefined ? {} : { origin }),
      flow: flow.flow,
      tokenUrl: flow.tokenUrl,
      clientId: sent.clientId,
      ...(flow.authorizationUrl ? { authorizationUrl: flow.authorizationUrl } : {}),
      ...(flow.deviceAuthorizationUrl ? { deviceAuthorizationUrl: flow.deviceAuthorizationUrl } : {}),
      ...(flow.refreshUrl ? { refreshUrl: flow.refreshUrl } : {}),
      ...(sent.clientSecret ? { clientSecret: sent.clientSecret } : {}),
      ...(sent.scopes.trim() ? { scopes: sent.scopes.trim() } : {}),
      ...(sent.audience.trim() ? { audience: sent.audience.trim() } : {}),
    });
  };
  const pending = login.pending;
  return (
    <div className="auth-oauth-flow" data-testid="oauth-login">
      {flows.length > 1 && (
        <select className="input input-compact" aria-label={`${name} login flow`} value={flow.flow} onChange={(event) => setChosen(event.target.value as InteractiveFlow)} data-testid="oauth-login-flow">
          {flows.map((f) => (
            <option key={f.flow} value={f.flow}>
              {FLOW_LABELS[f.flow]}
            </option>
          ))}
        </select>
      )}
      <span className="auth-pair">
        <Captioned caption="Client id"><input className="input input-mono" aria-label={`${name} login client id`} autoComplete="off" placeholder="client id" value={clientId} onChange={(event) => set({ clientId: event.target.value })} data-testid="oauth-login-client-id" /></Captioned>
        <Captioned caption="Client secret"><SecretInput label={`${name} login client secret`} value={value.clientSecret ?? ''} onChange={(clientSecret) => set({ clientSecret })} placeholder="client secret (none for a public client)" /></Captioned>
      </span>
      <span className="auth-pair">
        <Captioned caption="Scopes"><input className="input input-mono" aria-label={`${name} scopes`} autoComplete="off" placeholder={flow.scopes.length > 0 ? flow.scopes.join(' ') : 'scopes'} value={scopes} onChange={(event) => set({ scopes: event.target.value })} data-testid="oauth-login-scopes" /></Captioned>
        <Captioned caption="Audience"><input className="input input-mono" aria-label={`${name} audience`} autoComplete="off" placeholder="audience (optional)" value={audience} onChange={(event) => set({ audience: event.target.value })} data-testid="oauth-login-audience" /></Captioned>
      </span>
      <span className="input-row">
        <button type="button" className="button button-small" disabled={login.busy || clientId.trim() === ''} onClick={start} data-testid="oauth-login-start">
          {flow.flow === 'deviceCode' ? 'Get a device code' : 'Log in'}
        </button>
        <span className="field-type" title={flow.authorizationUrl ?? flow.deviceAuthorizationUrl}>
          at {flow.authorizationUrl ?? flow.deviceAuthorizationUrl}
        </span>
      </span>
      {clientId.trim() === '' && <p className="field-help">Enter the client id registered for Roundtrip (allow the redirect http://127.0.0.1 on any port for the authorization code flow).</p>}
      {pending?.flow === 'authorizationCode' && (
        <p className="field-help" data-testid="oauth-login-waiting">
          {pending.opened ? 'Finish the login in your browser.' : 'Finish the login in the window that opened.'} If none opened,{' '}
          <a href={pending.authorizationAddress} target="_blank" rel="noopener noreferrer">
            open the login page
          </a>
          .{' '}
          <button type="button" className="button button-small button-ghost" onClick={login.cancel}>
            Cancel
          </button>
        </p>
      )}
      {pending?.flow === 'deviceCode' && <DeviceCodeBox start={pending} onCancel={login.cancel} />}
      {login.status !== undefined && (
        <p className="field-help oauth-token-status" data-testid="oauth-token-status">
          {value.token ? 'Logged in' : 'A token from an earlier login is kept'}: token {expiryText(login.status.expiresAt, now)}
          {login.status.canRefresh ? '' : ' (no refresh token: log in again when it expires)'}.{' '}
          <button type="button" className="button button-small button-ghost" disabled={!login.status.canRefresh} onClick={() => void login.refresh()} data-testid="oauth-token-refresh">
            Refresh
          </button>
          <button type="button" className="button button-small button-ghost" onClick={() => void login.clear()} data-testid="oauth-token-clear">
            Clear
          </button>
        </p>
      )}
      {login.status !== undefined && origins !== undefined && <KeptTokenOrigins origins={origins} onRemove={login.revokeOrigin} />}
      {login.error !== undefined && (
        <p className="field-problem" role="alert" data-testid="oauth-login-error">
          {login.error}
        </p>
      )}
    </div>
  );
}
