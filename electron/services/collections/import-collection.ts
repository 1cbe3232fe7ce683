/** Reads an import source (Postman JSON, a curl file, an OpenAPI file or URL) into a collection tree. */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { CollectionTree } from '../../../shared/collections/collection-tree';
import { collectionFromCurl } from '../../../shared/collections/curl-import';
import { collectionFromSpec } from '../../../shared/collections/openapi-import';
import { fromPostman, isPostmanCollection } from '../../../shared/collections/postman-import';
import { secretsWarning } from '../../../shared/collections/secrets';
import { UserFacingError } from '../app-error';
import { loadSpec } from '../spec/load-spec';

export type ImportFormat = 'postman' | 'curl' | 'openapi';

export interface ImportResult {
  readonly tree: CollectionTree;
  readonly format: ImportFormat;
  readonly warnings: readonly string[];
}

/** Imports `target` (a file path or an http(s) URL); the format is detected unless given. */
export async function importCollection(target: string, options: { format?: ImportFormat; environment?: string } = {}): Promise<ImportResult> {
  const result = await importRaw(target, options);
  const note = secretsWarning(result.tree);
  return note === undefined ? result : { ...result, warnings: [...result.warnings, note] };
}

async function importRaw(target: string, options: { format?: ImportFormat; environment?: string }): Promise<ImportResult> {
  if (/^https?:\/\//i.test(target)) {
    if (options.format !== undefined && options.format !== 'openapi') throw new UserFacingError('bad-input', `Only OpenAPI documents can be imported from a URL; download the ${options.format} file and import that.`);
    return fromSpec(target);
  }
  let text: string;
  try {
    text = await fsp.readFile(target, 'utf8');
  } catch (error) {
    throw new UserFacingError('bad-input', `Could not read ${target} (${(error as { code?: string }).code ?? String(error)}). Check the path and try again.`);
  }
  const format = options.format ?? detectFormat(text);
  if (format === 'curl') {
    const outcome = collectionFromCurl(text, path.basename(target).replace(/\.[^.]*$/, '') || 'curl');
    if (!outcome.ok) throw new UserFacingError('bad-input', `${target}: ${outcome.message}`);
    return { tree: outcome.tree, format, warnings: outcome.warnings };
  }
  if (format === 'openapi') return fromSpec(target);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new UserFacingError('bad-input', `${target} is not valid JSON (${error instanceof Error ? error.message : String(error)}); a Postman collection is a JSON file.`);
  }
  const environment = options.environment === undefined ? undefined : await readJson(options.environment);
  const outcome = fromPostman(doc, environment);
  if (!outcome.ok) throw new UserFacingError('bad-input', `${target}: ${outcome.message}`);
  return { tree: outcome.tree, format: 'postman', warnings: outcome.warnings };
}

/** Guesses the format from the text: a curl command, a Postman collection, else an OpenAPI document. */
export function detectFormat(text: string): ImportFormat {
  const trimmed = text.trimStart();
  if (/^(#.*\n\s*)*curl\s/.test(trimmed)) return 'curl';
  let doc: unknown;
  try {
    doc = trimmed.startsWith('{') ? JSON.parse(trimmed) : YAML.parse(trimmed);
  } catch {
    return 'openapi'; // the spec loader gives the precise parse error
  }
  if (isPostmanCollection(doc)) return 'postman';
  if (typeof doc === 'object' && doc !== null && ('openapi' in doc || 'swagger' in doc)) return 'openapi';
  throw new UserFacingError('bad-input', 'Could not tell what this file is: it is not a Postman collection (info + item), an OpenAPI document (openapi/swagger) or a curl command. Pass --format postman|curl|openapi if it is one of them.');
}

async function fromSpec(target: string): Promise<ImportResult> {
  const loaded = await loadSpec(/^https?:\/\//i.test(target) ? { kind: 'url', url: target } : { kind: 'file', path: path.resolve(target) });
  return { tree: collectionFromSpec(loaded.model, loaded.origin), format: 'openapi', warnings: [] };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fsp.readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new UserFacingError('bad-input', `Could not read the environment file ${file} (${error instanceof Error ? error.message : String(error)}).`);
  }
}
