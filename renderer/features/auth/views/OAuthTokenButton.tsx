import { useState } from 'react';
import type { SchemeCredentials } from '../../../../shared/auth/apply-auth';
import { resolveAgainst } from '../../../../shared/auth/login-settings';
import type { SecuritySchemeModel } from '../../../../shared/model/api-model';
import { useOAuthToken } from '../use-oauth-token';
import { SecretInput } from './SecretInput';
import { Captioned } from './Captioned';

interface Props {
  readonly name: string;
  readonly scheme: SecuritySchemeModel;
  readonly value: SchemeCredentials;
  readonly set: (patch: Partial<SchemeCredentials>) => void;
  /** Where a relative tokenUrl ("token", as FastAPI writes it) is resolved. */
  readonly baseUrl: string;
  /** Fills the fields' {{variables}} before they go to the token endpoint (a request's own auth holds them as typed). */
  readonly fill?: (text: string) => string;
}

const asTyped = (text: string): string => text;

type Flow = 'clientCredentials' | 'password';

/** Client credentials or password flow: the fields it needs and a button that fetches the token through the main process. */
export function OAuthTokenButton({ name, scheme, value, set, baseUrl, fill = asTyped }: Props) {
  const flows = (['password', 'clientCredentials'] as const).filter((f) => scheme.flows?.[f]?.tokenUrl !== undefined);
  const [flow, setFlow] = useState<Flow | undefined>(flows[0]);
  const { busy, error, note, fetchToken } = useOAuthToken();
  if (flow === undefined) return <p className="field-help">This scheme offers no client credentials or password flow: paste an access token above.</p>;
  const tokenUrl = resolveAgainst(scheme.flows?.[flow]?.tokenUrl ?? '', baseUrl);
  const refreshUrl = scheme.flows?.[flow]?.refreshUrl;
  return (
    <div className="auth-oauth-flow">
      {flows.length > 1 && (
        <select className="input input-compact" aria-label={`${name} flow`} value={flow} onChange={(event) => setFlow(event.target.value as Flow)}>
          {flows.map((f) => (
            <option key={f} value={f}>
              {f === 'password' ? 'Password flow' : 'Client credentials flow'}
            </option>
          ))}
        </select>
      )}
      {flow === 'password' && (
        <span className="auth-pair">
          <Captioned caption="Username"><input className="input input-mono" aria-label={`${name} username`} autoComplete="off" placeholder="username" value={value.username ?? ''} onChange={(event) => set({ username: event.target.value })} data-testid="oauth-username" /></Captioned>
          <Captioned caption="Password"><SecretInput label={`${name} password`} value={value.password ?? ''} onChange={(password) => set({ password })} testId="oauth-password" placeholder="password" /></Captioned>
        </span>
      )}
      <span className="auth-pair">
        <Captioned caption="Client id"><input className="input input-mono" aria-label={`${name} client id`} autoComplete="off" placeholder="client id" value={value.clientId ?? ''} onChange={(event) => set({ clientId: event.target.value })} /></Captioned>
        <Captioned caption="Client secret"><SecretInput label={`${name} client secret`} value={value.clientSecret ?? ''} onChange={(clientSecret) => set({ clientSecret })} placeholder="client secret" /></Captioned>
      </span>
      <Captioned caption="Audience"><input className="input input-mono" aria-label={`${name} token audience`} autoComplete="off" placeholder="audience (optional)" value={value.audience ?? ''} onChange={(event) => set({ audience: event.target.value })} data-testid="oauth-audience" /></Captioned>
      <span className="input-row">
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => {
            const clientId = fill(value.clientId ?? '');
            const clientSecret = fill(value.clientSecret ?? '');
            const scopes = fill(value.scopes ?? '');
            const audience = fill(value.audience ?? '').trim();
            void fetchToken({
              flow,
              tokenUrl,
              ...(clientId ? { clientId } : {}),
              ...(clientSecret ? { clientSecret } : {}),
              ...(flow === 'password' ? { username: value.username ?? '', password: value.password ?? '' } : {}),
              ...(scopes ? { scopes } : {}),
              ...(audience ? { audience } : {}),
              ...(refreshUrl ? { refreshUrl: resolveAgainst(refreshUrl, baseUrl) } : {}),
              // A second click means "this token is not good any more": skip the cache.
              ...(value.token ? { fresh: true } : {}),
            }).then((token) => token !== undefined && set({ token, tokenOrigins: undefined }));
          }}
          data-testid="oauth-get-token"
        >
          {busy ? 'Getting token…' : value.token ? 'Get a fresh token' : 'Get token'}
        </button>
        <span className="field-type" title={tokenUrl}>
          from {tokenUrl}
        </span>
      </span>
      {note !== undefined && error === undefined && (
        <p className="field-help" data-testid="oauth-note">
          {note}
        </p>
      )}
      {error !== undefined && (
        <p className="field-problem" role="alert" data-testid="oauth-error">
          {error}
        </p>
      )}
    </div>
  );
}
