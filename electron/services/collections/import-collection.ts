/**
 * Reads an import source into a collection tree: a file (Postman, Insomnia, HAR, a .bru file,
 * curl commands, OpenAPI), a folder (a Bruno collection), a URL (OpenAPI), or text handed over
 * by the app. The format is detected by shared/collections/import-formats.ts unless given.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { CollectionTree } from '../../../shared/collections/collection-tree';
import { detectImportFormat, FORMAT_LABELS, importFolder, importParsed, unknownFormatMessage, type ImportFormat } from '../../../shared/collections/import-formats';
import type { ImportOutcome } from '../../../shared/collections/import-outcome';
import { collectionFromSpec } from '../../../shared/collections/openapi-import';
import { secretsWarning } from '../../../shared/collections/secrets';
import { UserFacingError } from '../app-error';
import { loadSpec } from '../spec/load-spec';
import { parseSpecText } from '../spec/parse-spec-text';
import type { SpecSource } from '../spec/read-spec-source';
import { readImportFolder } from './read-import-folder';
import { errorCode } from '../../../shared/values/error-code';

export type { ImportFormat } from '../../../shared/collections/import-formats';

export interface ImportResult {
  readonly tree: CollectionTree;
  readonly format: ImportFormat;
  /** What the source held that did not come across, one sentence each. */
  readonly warnings: readonly string[];
}

/** Imports `target` (a file or folder path, or an http(s) URL); the format is detected unless given. */
export async function importCollection(target: string, options: { format?: ImportFormat; environment?: string } = {}): Promise<ImportResult> {
  return withSecretsNote(await importRaw(target, options));
}

/** Imports text the app read from a picked, dropped or pasted file; `name` (the file's name without extension) names a collection the text does not. */
export async function importText(text: string, options: { format?: ImportFormat; name?: string }): Promise<ImportResult> {
  const doc = parseLeniently(text);
  const source = options.name === undefined ? 'The pasted text' : `The file ${options.name}`;
  const format = options.format ?? detectImportFormat(text, doc);
  // Broken JSON is told as such, with the line and column, rather than as an unknown format.
  if (doc === undefined && /^\s*[{[]/.test(text) && format !== 'curl' && format !== 'bruno') parseSpecText(text, source);
  if (format === undefined) throw new UserFacingError('bad-input', unknownFormatMessage(source.replace(/^The/, 'the')).replace(/Give the format \(--format [^)]*\)/, 'Choose its format in the list'));
  const name = options.name ?? `Pasted ${format === 'curl' ? 'curl' : FORMAT_LABELS[format]}`;
  if (format === 'openapi') return withSecretsNote(await fromSpec({ kind: 'text', text, name }));
  return withSecretsNote(converted(importParsed(format, text, doc, name), format, source));
}

/** Imports a Bruno collection folder the app read file by file. */
export function importFiles(files: readonly { path: string; text: string }[], name: string): ImportResult {
  return withSecretsNote(converted(importFolder(files, name), 'bruno', `The folder ${name}`));
}

function withSecretsNote(result: ImportResult): ImportResult {
  const note = secretsWarning(result.tree);
  return note === undefined ? result : { ...result, warnings: [...result.warnings, note] };
}

async function importRaw(target: string, options: { format?: ImportFormat; environment?: string }): Promise<ImportResult> {
  if (/^https?:\/\//i.test(target)) {
    if (options.format !== undefined && options.format !== 'openapi') throw new UserFacingError('bad-input', `Only OpenAPI documents can be imported from a URL; download the ${FORMAT_LABELS[options.format]} and import that file.`);
    return fromSpec({ kind: 'url', url: target });
  }
  const stats = await fsp.stat(target).catch((error: unknown) => {
    throw new UserFacingError('bad-input', `Could not read ${target} (${errorCode(error) ?? String(error)}). Check the path and try again.`);
  });
  const name = path.basename(target).replace(/\.[^.]*$/, '') || 'Imported collection';
  if (stats.isDirectory()) {
    if (options.format !== undefined && options.format !== 'bruno') throw new UserFacingError('bad-input', `${target} is a folder; only a Bruno collection is imported from a folder. Give the ${FORMAT_LABELS[options.format]} file instead.`);
    return converted(importFolder(await readImportFolder(target), path.basename(path.resolve(target))), 'bruno', target);
  }
  let text: string;
  try {
    text = await fsp.readFile(target, 'utf8');
  } catch (error) {
    throw new UserFacingError('bad-input', `Could not read ${target} (${errorCode(error) ?? String(error)}). Check the path and try again.`);
  }
  const doc = parseLeniently(text);
  const format = options.format ?? detectImportFormat(text, doc) ?? (doc === undefined ? 'openapi' : undefined);
  if (format === undefined) throw new UserFacingError('bad-input', unknownFormatMessage(target));
  if (format === 'openapi') return fromSpec({ kind: 'file', path: path.resolve(target) });
  if (doc === undefined && format !== 'curl' && format !== 'bruno') {
    // Parse again strictly, for the line and column of the syntax error.
    parseSpecText(text, target);
  }
  const environment = options.environment === undefined ? undefined : await readJson(options.environment);
  return converted(importParsed(format, text, doc, name, { environment }), format, target);
}

function converted(outcome: ImportOutcome, format: ImportFormat, source: string): ImportResult {
  if (!outcome.ok) throw new UserFacingError('bad-input', `${source}: ${outcome.message}`);
  return { tree: outcome.tree, format, warnings: outcome.warnings };
}

/** The JSON or YAML value of `text`, or undefined when it is neither (a curl file, a .bru file). */
function parseLeniently(text: string): unknown {
  try {
    return parseSpecText(text, 'the import');
  } catch {
    return undefined;
  }
}

async function fromSpec(source: SpecSource): Promise<ImportResult> {
  const loaded = await loadSpec(source);
  const { tree, warnings } = collectionFromSpec(loaded.model, loaded.origin);
  return { tree, format: 'openapi', warnings };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fsp.readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new UserFacingError('bad-input', `Could not read the environment file ${file} (${error instanceof Error ? error.message : String(error)}).`);
  }
}
