/**
 * What an interactive OAuth 2.0 login needs (URLs, client, scopes, audience), prefilled from the
 * document's securitySchemes: `flows.authorizationCode`, `flows.deviceAuthorization` (OpenAPI 3.2)
 * or `flows.deviceCode`, and an `openIdConnect` scheme's discovery document.
 */
import type { OAuthFlowModel, SecuritySchemeModel } from '../model/api-model';
import { asRecord } from '../values/is-record';

export type InteractiveFlow = 'authorizationCode' | 'deviceCode';

/** The endpoints an OpenID Connect discovery document names (OpenID Connect Discovery 1.0, 3). */
export interface DiscoveredEndpoints {
  readonly authorizationUrl?: string;
  readonly tokenUrl?: string;
  readonly deviceAuthorizationUrl?: string;
  readonly scopes: readonly string[];
}

export interface FlowEndpoints {
  readonly flow: InteractiveFlow;
  /** authorizationCode: where the person logs in. */
  readonly authorizationUrl?: string;
  /** deviceCode: where the device code is asked for. */
  readonly deviceAuthorizationUrl?: string;
  readonly tokenUrl: string;
  readonly refreshUrl?: string;
  /** The scopes the flow declares, to offer. */
  readonly scopes: readonly string[];
}

const DEVICE_FLOW_NAMES = ['deviceAuthorization', 'deviceCode'] as const;

/** The interactive flows a scheme offers, URLs resolved against `baseUrl` (FastAPI writes relative ones). */
export function interactiveFlows(scheme: SecuritySchemeModel, baseUrl: string, discovered?: DiscoveredEndpoints): FlowEndpoints[] {
  const out: FlowEndpoints[] = [];
  const resolve = (url: string | undefined): string | undefined => (url === undefined ? undefined : resolveAgainst(url, baseUrl));
  if (scheme.type === 'oauth2') {
    const code = scheme.flows?.authorizationCode;
    if (code?.authorizationUrl !== undefined && code.tokenUrl !== undefined) out.push(flowEndpoints('authorizationCode', code, resolve, { authorizationUrl: resolve(code.authorizationUrl) }));
    const device = DEVICE_FLOW_NAMES.map((name) => scheme.flows?.[name]).find((f) => f?.deviceAuthorizationUrl !== undefined && f.tokenUrl !== undefined);
    if (device !== undefined) out.push(flowEndpoints('deviceCode', device, resolve, { deviceAuthorizationUrl: resolve(device.deviceAuthorizationUrl) }));
  }
  if (scheme.type === 'openIdConnect' && discovered?.tokenUrl !== undefined) {
    const common = { tokenUrl: discovered.tokenUrl, scopes: discovered.scopes };
    if (discovered.authorizationUrl !== undefined) out.push({ flow: 'authorizationCode', authorizationUrl: discovered.authorizationUrl, ...common });
    if (discovered.deviceAuthorizationUrl !== undefined) out.push({ flow: 'deviceCode', deviceAuthorizationUrl: discovered.deviceAuthorizationUrl, ...common });
  }
  return out;
}

function flowEndpoints(flow: InteractiveFlow, model: OAuthFlowModel, resolve: (url: string | undefined) => string | undefined, extra: Partial<FlowEndpoints>): FlowEndpoints {
  const refreshUrl = resolve(model.refreshUrl);
  return { flow, tokenUrl: resolve(model.tokenUrl) ?? '', scopes: Object.keys(model.scopes), ...(refreshUrl === undefined ? {} : { refreshUrl }), ...extra };
}

/** The scopes to ask for first: those the operation's requirement names, else none (the server's default). */
export function defaultScopes(requiredScopes: readonly string[] | undefined): string {
  return (requiredScopes ?? []).join(' ');
}

/** Reads a discovery document; undefined fields when it lacks them, never a throw. */
export function readDiscovery(document: unknown): DiscoveredEndpoints {
  const record = asRecord(document) ?? {};
  const text = (name: string): string | undefined => (typeof record[name] === 'string' && record[name] !== '' ? record[name] : undefined);
  const scopes = Array.isArray(record.scopes_supported) ? record.scopes_supported.filter((s): s is string => typeof s === 'string') : [];
  const authorizationUrl = text('authorization_endpoint');
  const tokenUrl = text('token_endpoint');
  const deviceAuthorizationUrl = text('device_authorization_endpoint');
  return {
    scopes,
    ...(authorizationUrl === undefined ? {} : { authorizationUrl }),
    ...(tokenUrl === undefined ? {} : { tokenUrl }),
    ...(deviceAuthorizationUrl === undefined ? {} : { deviceAuthorizationUrl }),
  };
}

/** `url` resolved against the API's base URL; as typed when it cannot be. */
export function resolveAgainst(url: string, baseUrl: string): string {
  try {
    return new URL(url, `${baseUrl.replace(/\/+$/, '')}/`).href;
  } catch {
    return url;
  }
}

/** Which cached token a login makes and a run looks for: the same endpoint, client, scopes and audience. */
export function tokenCacheKey(settings: { readonly tokenUrl: string; readonly clientId: string; readonly scopes?: string; readonly audience?: string }): string {
  const scopes = (settings.scopes ?? '').split(/\s+/).filter((s) => s !== '').sort().join(' ');
  return JSON.stringify([settings.tokenUrl, settings.clientId, scopes, settings.audience ?? '']);
}
