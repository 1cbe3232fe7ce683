/**
 * The formats `roundtrip import` and the in-app import read, how each is recognized, and the
 * one dispatcher from a parsed document to a collection. Parsing JSON or YAML is the caller's job
 * (the YAML parser is not part of shared/), so the CLI and the app detect alike.
 */
import { fromBruno, type CollectionFileText } from './bruno-import';
import { collectionFromCurl } from './curl-import';
import { finishImport } from './finish-import';
import { fromHar, isHar } from './har-import';
import type { ImportOutcome } from './import-outcome';
import { fromInsomnia, isInsomniaExport } from './insomnia-import';
import { fromPostman, isPostmanCollection } from './postman-import';

export const IMPORT_FORMATS = ['postman', 'insomnia', 'bruno', 'har', 'curl', 'openapi'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What people call each format, for messages and the preview. */
export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  postman: 'Postman collection',
  insomnia: 'Insomnia export',
  bruno: 'Bruno collection',
  har: 'HAR file',
  curl: 'curl commands',
  openapi: 'OpenAPI document',
};

/** True when `value` names a format Roundtrip imports. */
export function isImportFormat(value: string): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * The format of an import source: `text` as read, `doc` its JSON or YAML value (undefined when it
 * does not parse as either). Undefined when it is none of the formats.
 */
export function detectImportFormat(text: string, doc: unknown): ImportFormat | undefined {
  const trimmed = text.trimStart();
  if (/^(#.*\n\s*)*curl\s/.test(trimmed)) return 'curl';
  // A single .bru file starts with one of its blocks.
  if (/^(meta|get|post|put|patch|delete|vars|headers)\s*\{\s*$/m.test(trimmed.split('\n', 1)[0] ?? '')) return 'bruno';
  if (isPostmanCollection(doc)) return 'postman';
  if (isInsomniaExport(doc)) return 'insomnia';
  if (isHar(doc)) return 'har';
  if (typeof doc === 'object' && doc !== null && ('openapi' in doc || 'swagger' in doc)) return 'openapi';
  return undefined;
}

/** The message when detection finds nothing, naming what each format looks like. */
export function unknownFormatMessage(source: string): string {
  return `Could not tell what ${source} is: it is not a Postman collection (info + item), an Insomnia export (_type: export, or type: collection.insomnia.rest/5.0), a HAR file (log.entries), a Bruno .bru file, an OpenAPI document (openapi/swagger) or curl commands. Give the format (--format postman|insomnia|bruno|har|curl|openapi) if it is one of them.`;
}

/**
 * Converts a source already read and parsed; `name` names the collection when the source does not
 * (the file's name). OpenAPI is not handled here: it needs the spec loader.
 */
export function importParsed(format: Exclude<ImportFormat, 'openapi'>, text: string, doc: unknown, name: string, extra: { environment?: unknown } = {}): ImportOutcome {
  return finished(parsedBy(format, text, doc, name, extra));
}

function parsedBy(format: Exclude<ImportFormat, 'openapi'>, text: string, doc: unknown, name: string, extra: { environment?: unknown }): ImportOutcome {
  switch (format) {
    case 'curl':
      return collectionFromCurl(text, name);
    case 'bruno':
      return fromBruno([{ path: `${name.replace(/[/\\]/g, '-') || 'request'}.bru`, text }], name);
    case 'postman':
      return fromPostman(doc, extra.environment);
    case 'insomnia':
      return fromInsomnia(doc, name);
    case 'har':
      return fromHar(doc, name);
  }
}

/** Converts a Bruno collection folder's files (bruno.json, .bru files). */
export function importFolder(files: readonly CollectionFileText[], name: string): ImportOutcome {
  return finished(fromBruno(files, name));
}

/** Whatever the format: idempotency-key headers become request keys, credential variables secret (see finish-import.ts). */
function finished(outcome: ImportOutcome): ImportOutcome {
  return outcome.ok ? { ...outcome, tree: finishImport(outcome.tree) } : outcome;
}
