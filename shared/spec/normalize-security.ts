/** Security schemes, requirements and external-docs links of a (3.x-shaped) document, as model objects. */
import type { ExternalDocsModel, OAuthFlowModel, SecurityRequirementModel, SecuritySchemeModel } from '../model/api-model';
import type { NormalizeContext } from './normalize-context';
import { resolveRef, stringField, warn } from './normalize-context';
import { isRecord } from '../values/is-record';
import { childPointer } from './resolve-pointer';

const SCHEME_TYPES = new Set<SecuritySchemeModel['type']>(['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS']);
const KEY_LOCATIONS = new Set(['header', 'query', 'cookie']);

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function stringMap(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    Object.defineProperty(out, key, { value: typeof value === 'string' ? value : '', enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function normalizeFlows(raw: unknown): Record<string, OAuthFlowModel> | undefined {
  if (!isRecord(raw)) return undefined;
  const flows: Record<string, OAuthFlowModel> = {};
  for (const [name, flow] of Object.entries(raw)) {
    if (!isRecord(flow) || name === '__proto__') continue;
    flows[name] = {
      ...optional('authorizationUrl', stringField(flow, 'authorizationUrl')),
      ...optional('tokenUrl', stringField(flow, 'tokenUrl')),
      ...optional('refreshUrl', stringField(flow, 'refreshUrl')),
      ...optional('deviceAuthorizationUrl', stringField(flow, 'deviceAuthorizationUrl')),
      scopes: stringMap(flow.scopes),
    };
  }
  return flows;
}

/** The document's security schemes by name; malformed ones are skipped with a warning. */
export function normalizeSecuritySchemes(ctx: NormalizeContext, raw: unknown, pointer: string): Record<string, SecuritySchemeModel> | undefined {
  if (!isRecord(raw)) return undefined;
  const out: Record<string, SecuritySchemeModel> = {};
  for (const [name, rawScheme] of Object.entries(raw)) {
    const at = childPointer(pointer, name);
    const resolved = resolveRef(ctx, rawScheme, at);
    if (resolved === undefined) continue;
    const scheme = resolved.value;
    const type = scheme.type;
    if (typeof type !== 'string' || !SCHEME_TYPES.has(type as SecuritySchemeModel['type'])) {
      warn(ctx, `Skipped the security scheme "${name}" at ${at}: its type ${JSON.stringify(type)} is not one OpenAPI defines.`, at);
      continue;
    }
    const location = stringField(scheme, 'in');
    const model: SecuritySchemeModel = {
      type: type as SecuritySchemeModel['type'],
      ...optional('description', stringField(scheme, 'description')),
      ...optional('name', stringField(scheme, 'name')),
      ...optional('in', location !== undefined && KEY_LOCATIONS.has(location) ? (location as 'header' | 'query' | 'cookie') : undefined),
      ...optional('scheme', stringField(scheme, 'scheme')),
      ...optional('bearerFormat', stringField(scheme, 'bearerFormat')),
      ...optional('flows', normalizeFlows(scheme.flows)),
      ...optional('openIdConnectUrl', stringField(scheme, 'openIdConnectUrl')),
    };
    // defineProperty: a scheme named "__proto__" must stay a plain key, never a prototype.
    Object.defineProperty(out, name, { value: model, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A list of security requirements; undefined when absent so the caller can fall back to the document's. */
export function normalizeSecurity(raw: unknown): SecurityRequirementModel[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.filter(isRecord).map((requirement) => {
    const out: Record<string, readonly string[]> = {};
    for (const [name, scopes] of Object.entries(requirement)) {
      const list = Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [];
      Object.defineProperty(out, name, { value: list, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

/** An externalDocs object with a string url; anything else is ignored. */
export function normalizeExternalDocs(raw: unknown): ExternalDocsModel | undefined {
  if (!isRecord(raw)) return undefined;
  const url = stringField(raw, 'url');
  if (url === undefined) return undefined;
  return { url, ...optional('description', stringField(raw, 'description')) };
}
