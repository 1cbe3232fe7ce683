/**
 * A Postman environment file (exported from Postman: name, values, _postman_variable_scope) read as
 * an environment for the app's list. Secret values ("type": "secret") stay secret there.
 */
import type { ImportedEnvironment } from '../collections/collection-tree';
import { isRecord } from '../values/is-record';

/** One enabled value of a Postman environment, as the app keeps it. */
export interface PostmanEnvironmentValue {
  readonly key: string;
  readonly value: string;
  readonly secret?: true;
  /** What the variable is for, as written in Postman; kept where the format has room for it (a collection's variables). */
  readonly description?: string;
}

/** True when `doc` is a Postman environment file rather than a collection (which has info + item). */
export function isPostmanEnvironment(doc: unknown): boolean {
  if (!isRecord(doc) || 'info' in doc || 'item' in doc) return false;
  const { _postman_variable_scope: scope, name, values } = doc;
  // Every entry named, as in any export: other JSON with a name and a values list is not taken for one.
  if (!Array.isArray(values) || !values.every((entry) => isRecord(entry) && typeof entry['key'] === 'string')) return false;
  return scope === 'environment' || (scope === undefined && typeof name === 'string');
}

/**
 * The enabled values of a Postman environment (`roundtrip import --env` and the app's import both
 * read them here); undefined when `doc` has no "values" list. Disabled values are left out, as
 * Postman leaves them out when it sends.
 */
export function postmanEnvironmentValues(doc: unknown): PostmanEnvironmentValue[] | undefined {
  const values = isRecord(doc) ? doc['values'] : undefined;
  if (!Array.isArray(values)) return undefined;
  const read: PostmanEnvironmentValue[] = [];
  for (const entry of values) {
    // An entry without a name cannot be a variable: it is skipped, the others still come in.
    if (!isRecord(entry) || typeof entry['key'] !== 'string' || entry['key'] === '' || entry['enabled'] === false) continue;
    const description = descriptionText(entry['description']);
    read.push({ key: entry['key'], value: valueText(entry['value']), ...(entry['type'] === 'secret' ? { secret: true as const } : {}), ...(description === undefined ? {} : { description }) });
  }
  return read;
}

/**
 * The environment `doc` holds, named as in the file (else `fallbackName`); undefined when `doc` is not a
 * Postman environment.
 */
export function fromPostmanEnvironment(doc: unknown, fallbackName = 'Postman environment'): ImportedEnvironment | undefined {
  if (!isPostmanEnvironment(doc) || !isRecord(doc)) return undefined;
  const name = typeof doc['name'] === 'string' && doc['name'].trim() !== '' ? doc['name'].trim() : fallbackName;
  return { name, variables: postmanEnvironmentValues(doc) ?? [] };
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

function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Postman writes a description as text or as {content, type}; an empty one is no description. */
function descriptionText(description: unknown): string | undefined {
  const content = isRecord(description) ? description['content'] : description;
  return typeof content === 'string' && content !== '' ? content : undefined;
}
