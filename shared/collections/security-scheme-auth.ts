/**
 * One OpenAPI security scheme as the auth a collection can hold: an API key, HTTP basic, digest or
 * bearer, OAuth 2.0, or an API key sent as a cookie. Credentials are never values: each is a
 * {{scheme.field}} variable (as the operation form saves it), declared on the collection without a value, so a run that
 * lacks it names it. A scheme the collection cannot hold says what to do instead.
 */
import type { OAuthFlowModel, SecuritySchemeModel } from '../model/api-model';
import type { Auth, Variable } from './format-v1';

/** What one scheme becomes: an auth, a cookie on each request (an API key in a cookie), or nothing with the reason. */
export type SchemeCarry =
  | { readonly kind: 'auth'; readonly auth: Auth; readonly variables: readonly Variable[]; /** A caveat, as a clause without its full stop. */ readonly note?: string }
  | { readonly kind: 'cookie'; readonly cookie: string; readonly variables: readonly Variable[] }
  | { readonly kind: 'not-carried'; readonly why: string; readonly todo: string };

/** The credential fields of a scheme, named as the operation form names them (SchemeCredentials). */
export type SchemeField = 'apiKey' | 'token' | 'username' | 'password' | 'clientId' | 'clientSecret';

/** Gives each (scheme, field) one variable name, unique among the collection's variables. */
export class VariableNamer {
  private readonly taken: Set<string>;
  private readonly given = new Map<string, string>();

  constructor(reserved: Iterable<string>) {
    this.taken = new Set(reserved);
  }

  /**
   * `{{scheme.field}}` (`{{HTTPBearer.token}}`, `{{basicAuth.password}}`): the name a credential typed in an
   * operation's form is saved as, so a collection made from the document and a request saved from the form
   * ask for the same variable.
   */
  name(scheme: string, field: SchemeField): string {
    const id = JSON.stringify([scheme, field]);
    const known = this.given.get(id);
    if (known !== undefined) return known;
    const stem = `${scheme.replace(/[^\w.-]+/g, '_').replace(/^[_.-]+|[_.-]+$/g, '') || 'auth'}.${field}`;
    let name = stem;
    for (let n = 2; this.taken.has(name); n++) name = `${stem}${n}`;
    this.taken.add(name);
    this.given.set(id, name);
    return name;
  }
}

// Preferred first: a run fetches a client credentials token itself; the code and device flows need a
// login in the app; password and implicit tokens come from elsewhere and are set as a variable.
const FLOW_ORDER = ['clientCredentials', 'application', 'authorizationCode', 'accessCode', 'deviceAuthorization', 'deviceCode', 'password', 'implicit'] as const;
const GRANTS: Readonly<Record<(typeof FLOW_ORDER)[number], string>> = {
  clientCredentials: 'client_credentials',
  application: 'client_credentials',
  authorizationCode: 'authorization_code',
  accessCode: 'authorization_code',
  deviceAuthorization: 'device_code',
  deviceCode: 'device_code',
  password: 'password',
  implicit: 'implicit',
};

/** `scheme` (named `name` in the document) with the `scopes` a requirement asks for, as a collection can hold it. */
export function schemeAuth(name: string, scheme: SecuritySchemeModel | undefined, scopes: readonly string[], namer: VariableNamer): SchemeCarry {
  if (scheme === undefined) return { kind: 'not-carried', why: `the document declares no security scheme "${name}"`, todo: 'add the auth the API expects to the collection by hand' };
  const secret = (field: SchemeField, description: string): Variable => ({ key: namer.name(name, field), secret: true, description });
  const plain = (field: SchemeField, description: string): Variable => ({ key: namer.name(name, field), description });
  const ref = (variable: Variable): string => `{{${variable.key}}}`;
  const from = `(security scheme "${name}")`;
  switch (scheme.type) {
    case 'apiKey': {
      if (!scheme.name) return { kind: 'not-carried', why: `the API key scheme "${name}" names no ${scheme.in ?? 'header'}`, todo: 'add the key to the requests by hand' };
      const where = scheme.in === 'query' ? 'query parameter' : scheme.in === 'cookie' ? 'cookie' : 'header';
      const key = secret('apiKey', `API key sent as the ${where} ${scheme.name} ${from}`);
      if (scheme.in === 'cookie') return { kind: 'cookie', cookie: `${scheme.name}=${ref(key)}`, variables: [key] };
      return { kind: 'auth', auth: { type: 'apikey', name: scheme.name, value: ref(key), in: scheme.in === 'query' ? 'query' : 'header' }, variables: [key] };
    }
    case 'http':
      return httpAuth(name, scheme, secret, plain, ref, from);
    case 'oauth2':
      return oauth2Auth(name, scheme.flows ?? {}, scopes, secret, plain, ref, from);
    case 'openIdConnect': {
      // As the operation forms send it: a Bearer token, which the person gets from the provider.
      const token = secret('token', `Access token from the OpenID Connect provider ${scheme.openIdConnectUrl ?? ''} ${from}`.replace(/\s+/g, ' '));
      const where = scheme.openIdConnectUrl ? ` from ${scheme.openIdConnectUrl}` : '';
      return { kind: 'auth', auth: { type: 'bearer', token: ref(token) }, variables: [token], note: `The OpenID Connect scheme "${name}" is sent as a Bearer token from {{${token.key}}}: get a token${where} and set it` };
    }
    case 'mutualTLS':
      return { kind: 'not-carried', why: `"${name}" is mutual TLS (a client certificate, not an auth)`, todo: "add a client certificate for the API's host under Certificates, or in the collection's tls block" };
  }
}

function httpAuth(name: string, scheme: SecuritySchemeModel, secret: (field: SchemeField, d: string) => Variable, plain: (field: SchemeField, d: string) => Variable, ref: (v: Variable) => string, from: string): SchemeCarry {
  const kind = (scheme.scheme ?? '').toLowerCase();
  if (kind === 'basic' || kind === 'digest') {
    const username = plain('username', `User name for HTTP ${kind} auth ${from}`);
    const password = secret('password', `Password for HTTP ${kind} auth ${from}`);
    return { kind: 'auth', auth: { type: kind, username: ref(username), password: ref(password) }, variables: [username, password] };
  }
  if (kind === 'bearer') {
    const token = secret('token', `Bearer token${scheme.bearerFormat ? ` (${scheme.bearerFormat})` : ''} ${from}`);
    return { kind: 'auth', auth: { type: 'bearer', token: ref(token) }, variables: [token] };
  }
  const label = scheme.scheme ?? '(no scheme)';
  return { kind: 'not-carried', why: `"${name}" is HTTP ${label} auth, which a collection's auth cannot hold`, todo: `add an "Authorization: ${label} …" header to the requests, its credential as a secret {{variable}}` };
}

function oauth2Auth(name: string, flows: Readonly<Record<string, OAuthFlowModel>>, scopes: readonly string[], secret: (field: SchemeField, d: string) => Variable, plain: (field: SchemeField, d: string) => Variable, ref: (v: Variable) => string, from: string): SchemeCarry {
  const flowName = FLOW_ORDER.find((candidate) => flows[candidate] !== undefined);
  const flow = flowName === undefined ? undefined : flows[flowName];
  if (flowName === undefined || flow === undefined) return { kind: 'not-carried', why: `the OAuth 2.0 scheme "${name}" declares no flow Roundtrip knows`, todo: 'set the OAuth 2.0 auth of the collection by hand' };
  const grantType = GRANTS[flowName];
  const scope = scopes.length > 0 ? { scope: scopes.join(' ') } : {};
  const tokenUrl = flow.tokenUrl ? { accessTokenUrl: underBase(flow.tokenUrl) } : {};
  const authUrl = flow.authorizationUrl ?? flow.deviceAuthorizationUrl;
  const clientId = (): Variable => plain('clientId', `OAuth 2.0 client id ${from}`);
  if (grantType === 'client_credentials') {
    const id = clientId();
    const clientSecret = secret('clientSecret', `OAuth 2.0 client secret ${from}`);
    return { kind: 'auth', auth: { type: 'oauth2', grantType, ...tokenUrl, clientId: ref(id), clientSecret: ref(clientSecret), ...scope }, variables: [id, clientSecret] };
  }
  if (grantType === 'authorization_code' || grantType === 'device_code') {
    // The token comes from a login in the app (runs reuse it); no secret is asked for here.
    const id = clientId();
    return { kind: 'auth', auth: { type: 'oauth2', grantType, ...(authUrl ? { authUrl: underBase(authUrl) } : {}), ...tokenUrl, clientId: ref(id), ...scope }, variables: [id] };
  }
  const token = secret('token', `OAuth 2.0 access token (${flowName} flow${flow.tokenUrl ? ` at ${flow.tokenUrl}` : ''}) ${from}`);
  return { kind: 'auth', auth: { type: 'oauth2', grantType, ...(authUrl ? { authUrl: underBase(authUrl) } : {}), ...tokenUrl, ...scope, accessToken: ref(token) }, variables: [token] };
}

/** A relative OAuth URL ("token", as FastAPI writes it) is relative to the API's server: {{baseUrl}}. */
function underBase(url: string): string {
  return /^[a-z][a-z\d+.-]*:/i.test(url) ? url : `{{baseUrl}}/${url.replace(/^\/+/, '')}`;
}
