/**
 * The headers an operation's own security schemes send: an API key's header, and Authorization for an
 * HTTP bearer scheme, OAuth 2.0 and OpenID Connect. A saved request carries such a header (X-API-Key: {{scheme.apiKey}},
 * Authorization: Bearer {{scheme.token}}); opened again it is the auth's header, not one the document
 * lacks, and its value goes back into the scheme's field.
 */
import type { SchemeCredentials } from '../auth/apply-auth';
import type { OperationModel, SecuritySchemeModel } from '../model/api-model';
import type { HeaderEntry } from '../request/request-model';
import type { SavedRequest } from './format-v1';

export interface HeaderScheme {
  /** The scheme's name in the document. */
  readonly scheme: string;
  readonly kind: 'apiKey' | 'bearer';
}

/** Lower-cased header name to the scheme of `op` that sends it. */
export function securityHeaderSchemes(op: Pick<OperationModel, 'security'>, schemes: Readonly<Record<string, SecuritySchemeModel>> | undefined): ReadonlyMap<string, HeaderScheme> {
  const out = new Map<string, HeaderScheme>();
  for (const requirement of op.security ?? []) {
    for (const name of Object.keys(requirement)) {
      const scheme = schemes?.[name];
      const header = scheme?.type === 'apiKey' && scheme.in === 'header' ? scheme.name : scheme !== undefined && sendsBearer(scheme) ? 'Authorization' : undefined;
      if (header === undefined || out.has(header.toLowerCase())) continue;
      out.set(header.toLowerCase(), { scheme: name, kind: scheme?.type === 'apiKey' ? 'apiKey' : 'bearer' });
    }
  }
  return out;
}

/** An HTTP bearer scheme, and OAuth 2.0 and OpenID Connect, whose access token goes out as "Authorization: Bearer". */
function sendsBearer(scheme: SecuritySchemeModel): boolean {
  return (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') || scheme.type === 'oauth2' || scheme.type === 'openIdConnect';
}

/** What `header` gives its scheme's field, or undefined when it is not a header of `headerSchemes` as the auth writes it. */
export function schemeCredentialOf(header: Pick<HeaderEntry, 'name' | 'value'>, headerSchemes: ReadonlyMap<string, HeaderScheme>): { readonly scheme: string; readonly patch: SchemeCredentials } | undefined {
  const found = headerSchemes.get(header.name.toLowerCase());
  if (found === undefined) return undefined;
  if (found.kind === 'apiKey') return { scheme: found.scheme, patch: { apiKey: header.value } };
  // Only "Bearer <token>" is the bearer scheme's own header; another Authorization stays the request's.
  const token = /^Bearer\s+(\S.*)$/i.exec(header.value.trim())?.[1];
  return token === undefined ? undefined : { scheme: found.scheme, patch: { token } };
}

/** The credentials `saved` sends in `op`'s security headers, by scheme name (the last header of a name wins, as sent). */
export function savedSchemeKeys(saved: Pick<SavedRequest, 'headers'>, headerSchemes: ReadonlyMap<string, HeaderScheme>): Record<string, SchemeCredentials> {
  const out: Record<string, SchemeCredentials> = {};
  for (const header of saved.headers) {
    const credential = header.disabled === true ? undefined : schemeCredentialOf(header, headerSchemes);
    if (credential !== undefined) out[credential.scheme] = credential.patch;
  }
  return out;
}
