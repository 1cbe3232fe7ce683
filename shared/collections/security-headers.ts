/**
 * The API-key headers an operation's own security schemes declare. A saved request carries such a
 * header (X-API-Key: {{scheme.apiKey}}); opened again it is the auth's header, not one the document lacks.
 */
import type { OperationModel, SecuritySchemeModel } from '../model/api-model';
import type { SavedRequest } from './format-v1';

/** Lower-cased header name to the name of the apiKey scheme of `op` that sends it. */
export function securityHeaderSchemes(op: Pick<OperationModel, 'security'>, schemes: Readonly<Record<string, SecuritySchemeModel>> | undefined): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const requirement of op.security ?? []) {
    for (const name of Object.keys(requirement)) {
      const scheme = schemes?.[name];
      if (scheme?.type === 'apiKey' && scheme.in === 'header' && scheme.name !== undefined && !out.has(scheme.name.toLowerCase())) out.set(scheme.name.toLowerCase(), name);
    }
  }
  return out;
}

/** The API keys `saved` sends in `op`'s security headers, by scheme name (the last header of a name wins, as sent). */
export function savedSchemeKeys(saved: Pick<SavedRequest, 'headers'>, headerSchemes: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const header of saved.headers) {
    const scheme = header.disabled === true ? undefined : headerSchemes.get(header.name.toLowerCase());
    if (scheme !== undefined) out[scheme] = header.value;
  }
  return out;
}
