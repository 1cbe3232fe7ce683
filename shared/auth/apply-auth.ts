/**
 * Auth from the document's securitySchemes and an operation's security requirements: which schemes an
 * operation needs, and the headers, query pairs and cookies that the person's credentials give it.
 */
import type { OperationModel, SecuritySchemeModel } from '../model/api-model';
import type { HeaderEntry } from '../request/request-model';
import { mergeCredentialNames, schemeCredentialNames, type CredentialNames } from '../security/credential-names';
import { base64Utf8 } from './base64';
import type { RequestSigning } from './request-signing';

/** What the person entered for one scheme; OAuth2's access token is fetched by the main process. */
export interface SchemeCredentials {
  readonly apiKey?: string;
  readonly username?: string;
  readonly password?: string;
  /** Bearer token, or an OAuth2 access token. */
  readonly token?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly scopes?: string;
  /** OAuth 2.0 interactive login: the audience asked for (Auth0, Okta). */
  readonly audience?: string;
  /** The stored login token `token` came from (tokenCacheKey), to refresh and clear it. */
  readonly oauthKey?: string;
  /** When that token expires (epoch ms), so it is refreshed first. */
  readonly tokenExpiresAt?: number;
  /** Set while `token` is a kept login's: the API origins it may go to (shared/auth/token-origins.ts). */
  readonly tokenOrigins?: readonly string[];
}

export interface AppliedAuth {
  readonly headers: readonly HeaderEntry[];
  /** Encoded "name=value" pairs. */
  readonly query: readonly string[];
  /** Encoded "name=value" pairs. */
  readonly cookies: readonly string[];
  /** Values to mask in logs and curl output. */
  readonly secrets: readonly string[];
  /** Schemes of the chosen requirement that have no credentials yet. */
  readonly missing: readonly string[];
  /** The scheme names applied. */
  readonly applied: readonly string[];
  /** An HTTP Digest scheme's credentials, answered by the main process when the request is sent. */
  readonly signing?: RequestSigning;
  /**
   * The header and query names that carry credentials: those of every apiKey scheme the document
   * declares (applied or not, since a person may type one as a plain header), for the request to carry.
   */
  readonly credentialNames?: CredentialNames;
}

const NONE: AppliedAuth = { headers: [], query: [], cookies: [], secrets: [], missing: [], applied: [] };

/** The alternatives an operation accepts (each a set of schemes used together); [] when it needs none. */
export function securityAlternatives(op: Pick<OperationModel, 'security'>): string[][] {
  return (op.security ?? []).map((requirement) => Object.keys(requirement));
}

/** True when the operation can be called without credentials (no requirement, or an empty `{}` one). */
export function authOptional(op: Pick<OperationModel, 'security'>): boolean {
  const alternatives = securityAlternatives(op);
  return alternatives.length === 0 || alternatives.some((a) => a.length === 0);
}

function credentialsFor(scheme: SecuritySchemeModel, c: SchemeCredentials | undefined): { header?: HeaderEntry; query?: string; cookie?: string; secret?: string; extraSecret?: string; signing?: RequestSigning } | undefined {
  if (c === undefined) return undefined;
  if (scheme.type === 'apiKey') {
    if (!c.apiKey || !scheme.name) return undefined;
    const pair = `${encodeURIComponent(scheme.name)}=${encodeURIComponent(c.apiKey)}`;
    if (scheme.in === 'query') return { query: pair, secret: c.apiKey };
    if (scheme.in === 'cookie') return { cookie: pair, secret: c.apiKey };
    return { header: { name: scheme.name, value: c.apiKey }, secret: c.apiKey };
  }
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') {
    if (c.username === undefined || c.username === '') return undefined;
    const encoded = base64Utf8(`${c.username}:${c.password ?? ''}`);
    return { header: { name: 'Authorization', value: `Basic ${encoded}` }, secret: encoded, ...(c.password ? { extraSecret: c.password } : {}) };
  }
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'digest') {
    if (c.username === undefined || c.username === '') return undefined;
    return { signing: { kind: 'digest', username: c.username, password: c.password ?? '' }, ...(c.password ? { secret: c.password } : {}) };
  }
  if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
    if (!c.token) return undefined;
    const kind = scheme.type === 'http' && scheme.scheme !== undefined && scheme.scheme.toLowerCase() !== 'bearer' ? scheme.scheme : 'Bearer';
    return { header: { name: 'Authorization', value: `${kind} ${c.token}` }, secret: c.token };
  }
  return undefined;
}

/**
 * The auth to add to a request: the first requirement whose schemes all have credentials, else the
 * first requirement with what is missing named. Nothing when the operation needs none or `enabled` is false.
 */
export function applyAuth(
  op: Pick<OperationModel, 'security'>,
  schemes: Readonly<Record<string, SecuritySchemeModel>>,
  credentials: Readonly<Record<string, SchemeCredentials>>,
  enabled = true,
): AppliedAuth {
  const declared = mergeCredentialNames(schemeCredentialNames(schemes));
  const none = declared === undefined ? NONE : { ...NONE, credentialNames: declared };
  const alternatives = securityAlternatives(op).filter((a) => a.length > 0);
  if (!enabled || alternatives.length === 0) return none;
  const results = alternatives.map((names) => {
    const parts = names.map((name) => {
      const scheme = schemes[name];
      return { name, applied: scheme === undefined ? undefined : credentialsFor(scheme, credentials[name]) };
    });
    return { names, parts, missing: parts.filter((p) => p.applied === undefined).map((p) => p.name) };
  });
  const chosen = results.find((r) => r.missing.length === 0) ?? results[0];
  if (chosen === undefined) return none;
  const applied = chosen.parts.flatMap((p) => (p.applied === undefined ? [] : [p.applied]));
  const signing = applied.find((a) => a.signing !== undefined)?.signing;
  return {
    headers: applied.flatMap((a) => (a.header ? [a.header] : [])),
    query: applied.flatMap((a) => (a.query ? [a.query] : [])),
    cookies: applied.flatMap((a) => (a.cookie ? [a.cookie] : [])),
    secrets: applied.flatMap((a) => [a.secret, a.extraSecret].filter((s): s is string => s !== undefined)),
    missing: chosen.missing,
    applied: chosen.parts.filter((p) => p.applied !== undefined).map((p) => p.name),
    ...(declared === undefined ? {} : { credentialNames: declared }),
    ...(signing === undefined ? {} : { signing }),
  };
}
