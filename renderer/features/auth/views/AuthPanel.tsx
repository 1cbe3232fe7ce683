import type { SchemeCredentials } from '../../../../shared/auth/apply-auth';
import { authOptional, securityAlternatives } from '../../../../shared/auth/apply-auth';
import type { LoadedSpec, OperationModel, SecuritySchemeModel } from '../../../../shared/model/api-model';
import { authKindLabel } from '../../../../shared/auth/saved-auth';
import { useRequestExtras, useRequestExtrasStore, type SavedAuthSource } from '../request-extras';
import { SecretInput } from './SecretInput';
import { OAuthTokenButton } from './OAuthTokenButton';
import { OAuthLogin } from './OAuthLogin';

interface Props {
  readonly spec: LoadedSpec;
  readonly op: OperationModel;
  /** The request's base URL, against which a relative tokenUrl is resolved. */
  readonly baseUrl: string;
  /** The saved request the form holds: its auth is sent while nothing typed here applies. */
  readonly saved?: SavedAuthSource;
}

function describe(scheme: SecuritySchemeModel): string {
  if (scheme.type === 'apiKey') return `API key in ${scheme.in ?? 'header'} "${scheme.name ?? ''}"`;
  if (scheme.type === 'http') return `HTTP ${scheme.scheme ?? ''}${scheme.bearerFormat ? ` (${scheme.bearerFormat})` : ''}`;
  if (scheme.type === 'oauth2') return `OAuth 2.0 (${Object.keys(scheme.flows ?? {}).join(', ')})`;
  if (scheme.type === 'openIdConnect') return 'OpenID Connect';
  return scheme.type;
}

function SchemeFields({ name, scheme, value, set, baseUrl, requiredScopes }: { name: string; scheme: SecuritySchemeModel; value: SchemeCredentials; set: (patch: Partial<SchemeCredentials>) => void; baseUrl: string; requiredScopes: readonly string[] }) {
  if (scheme.type === 'apiKey') return <SecretInput label={`${name} API key`} value={value.apiKey ?? ''} onChange={(apiKey) => set({ apiKey })} testId="auth-api-key" placeholder="key or {{variable}}" />;
  // Digest takes the same two fields; the main process answers the server's challenge with them.
  if (scheme.type === 'http' && (scheme.scheme?.toLowerCase() === 'basic' || scheme.scheme?.toLowerCase() === 'digest')) {
    return (
      <span className="auth-pair">
        <input className="input input-mono" aria-label={`${name} username`} autoComplete="off" value={value.username ?? ''} placeholder="username" onChange={(event) => set({ username: event.target.value })} data-testid="auth-username" />
        <SecretInput label={`${name} password`} value={value.password ?? ''} onChange={(password) => set({ password })} testId="auth-password" placeholder="password" />
      </span>
    );
  }
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
    const interactive = scheme.type === 'openIdConnect' || scheme.flows?.authorizationCode !== undefined || scheme.flows?.deviceAuthorization !== undefined || scheme.flows?.deviceCode !== undefined;
    const fetched = scheme.flows?.password !== undefined || scheme.flows?.clientCredentials !== undefined;
    // A typed token is the person's own: the origins of a kept login's token no longer apply.
    return (
      <span className="auth-oauth">
        <SecretInput label={`${name} access token`} value={value.token ?? ''} onChange={(token) => set({ token, tokenOrigins: undefined })} testId="auth-token" placeholder={interactive ? 'access token (or log in)' : 'access token (or fetch one)'} />
        {interactive && <OAuthLogin name={name} scheme={scheme} value={value} set={set} baseUrl={baseUrl} requiredScopes={requiredScopes} />}
        {(fetched || !interactive) && <OAuthTokenButton name={name} scheme={scheme} value={value} set={set} baseUrl={baseUrl} />}
      </span>
    );
  }
  return <SecretInput label={`${name} token`} value={value.token ?? ''} onChange={(token) => set({ token })} testId="auth-token" placeholder="token or {{variable}}" />;
}

/** The operation's security schemes with masked credential fields, what will be applied, and "send without auth". */
export function AuthPanel({ spec, op, baseUrl, saved }: Props) {
  const store = useRequestExtrasStore();
  const extras = useRequestExtras(spec, op, saved);
  const alternatives = securityAlternatives(op).filter((a) => a.length > 0);
  if (store === undefined || alternatives.length === 0) return null;
  const schemes = spec.model.securitySchemes ?? {};
  const names = [...new Set(alternatives.flat())];
  const without = store.auth.withoutAuth.includes(op.key);
  return (
    <section className="form-section" aria-label="Auth" data-testid="auth-panel">
      <div className="form-section-head">
        <h3 className="form-section-title">Auth</h3>
        <label className="auth-without">
          <input type="checkbox" checked={without} onChange={(event) => store.dispatchAuth({ type: 'without-auth', opKey: op.key, on: event.target.checked })} data-testid="auth-without" />
          Send without auth
        </label>
      </div>
      {names.map((name) => {
        const scheme = schemes[name];
        return (
          <div key={name} className="field" data-testid="auth-scheme" data-scheme={name}>
            <span className="field-name">
              <span className="field-name-text">{name}</span>
              <span className="field-type">{scheme ? describe(scheme) : 'not declared in securitySchemes'}</span>
            </span>
            <div className="field-control">
              {scheme && (
                <SchemeFields
                  name={name}
                  scheme={scheme}
                  value={store.auth.credentials[name] ?? {}}
                  set={(patch) => store.dispatchAuth({ type: 'set', scheme: name, patch })}
                  baseUrl={baseUrl}
                  requiredScopes={(op.security ?? []).flatMap((requirement) => requirement[name] ?? [])}
                />
              )}
              {scheme?.description !== undefined && <p className="field-help description">{scheme.description}</p>}
            </div>
          </div>
        );
      })}
      <p className="field-help" data-testid="auth-status">
        {without
          ? 'Sent without credentials, as you chose.'
          : extras.savedAuth !== undefined
            ? `Applied: the saved request's auth, ${authKindLabel(extras.savedAuth)}, as a run sends it. Credentials typed above are sent instead.`
            : extras.applied.missing.length > 0
              ? `Not applied yet: fill in ${extras.applied.missing.join(' and ')}${authOptional(op) ? ' (optional for this operation)' : ''}.`
              : `Applied: ${extras.applied.applied.join(' + ')}.`}
        {alternatives.length > 1 && ' The operation accepts any one of these; the first one filled in is used.'}
      </p>
    </section>
  );
}
