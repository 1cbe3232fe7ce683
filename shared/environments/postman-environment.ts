/**
 * A Postman environment file (exported from Postman: name, values, _postman_variable_scope) read as
 * an environment for the app's list. Secret values ("type": "secret") stay secret there.
 */
import type { ImportedEnvironment } from '../collections/collection-tree';

interface PostmanValue {
  readonly key: string;
  readonly value?: unknown;
  readonly type?: string;
  readonly enabled?: boolean;
}

/** True when `doc` is a Postman environment file rather than a collection (which has info + item). */
export function isPostmanEnvironment(doc: unknown): doc is { readonly name?: unknown; readonly values: readonly unknown[] } {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || 'info' in doc || 'item' in doc) return false;
  const { values, _postman_variable_scope: scope, name } = doc as Record<string, unknown>;
  if (!Array.isArray(values) || !values.every(isPostmanValue)) return false;
  return scope === 'environment' || (scope === undefined && typeof name === 'string');
}

/**
 * The environment `doc` holds, named as in the file (else `fallbackName`); undefined when `doc` is not a
 * Postman environment. Disabled values are left out, as Postman leaves them out when it sends.
 */
export function fromPostmanEnvironment(doc: unknown, fallbackName = 'Postman environment'): ImportedEnvironment | undefined {
  if (!isPostmanEnvironment(doc)) return undefined;
  const name = typeof doc.name === 'string' && doc.name.trim() !== '' ? doc.name.trim() : fallbackName;
  const variables = (doc.values as readonly PostmanValue[])
    .filter((v) => v.enabled !== false && v.key !== '')
    .map((v) => ({ key: v.key, value: valueText(v.value), ...(v.type === 'secret' ? { secret: true } : {}) }));
  return { name, variables };
}

/** The environment in `text` (a picked file or pasted text), if it is one; `fileName` names it when the file does not. */
export function postmanEnvironmentFromText(text: string, fileName?: string): ImportedEnvironment | undefined {
  if (!/^\s*\{/.test(text)) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const base = fileName?.replace(/^.*[/\\]/, '').replace(/(\.postman_environment)?\.json$/i, '');
  return fromPostmanEnvironment(doc, base === undefined || base === '' ? undefined : base);
}

function isPostmanValue(value: unknown): value is PostmanValue {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
