/**
 * The body a request imported from an OpenAPI document starts with, in the form its media type
 * takes: JSON or text as raw text, a form as its fields, multipart as its parts, a binary body as a
 * file. Sent as raw text, a multipart example reached servers as JSON under a multipart type with no
 * boundary. A document says what a file is, not which one: file parts and file bodies are left for
 * the person to pick, and the import says where.
 */
import type { HttpMethod, MediaTypeModel } from '../model/api-model';
import { resolveNode, type Defs } from '../schema-form/resolve-node';
import { fieldText, formBodyKind, pairs } from '../request/form-body';
import { exampleForMediaType } from '../schema/example-from-schema';
import { bodyStart } from '../request/body-start';
import { formFieldStarts } from '../request/form-field-starts';
import { asRecord } from '../values/is-record';
import type { Body, FormPart, KeyValue } from './format-v1';

export interface ImportedBody {
  readonly body: Body;
  /** The parts (or "the body") that need a file picked before the request can be sent. */
  readonly filesToPick: readonly string[];
}

export function importedBody(media: MediaTypeModel, defs: Defs, method: HttpMethod): ImportedBody {
  const schema = resolveNode(media.schema, defs).schema;
  const kind = formBodyKind(media.mediaType, schema);
  // A JSON body starts as the operation form starts it: required properties only, and for a PUT or
  // PATCH only the values the document states (nothing made up overwrites a real resource). A form keeps every field the document names (a field it gives no value for empty), so the
  // file lists what may be sent.
  const example = kind === 'urlencoded' || kind === 'multipart' ? formFieldStarts(exampleForMediaType(media, defs), media, defs) : bodyStart(media, defs, method);
  switch (kind) {
    case 'file':
      return { body: { mode: 'file', file: '', mediaType: media.mediaType }, filesToPick: ['the body'] };
    case 'urlencoded':
      return { body: { mode: 'urlencoded', fields: pairs(asRecord(example) ?? {}).map(([name, value]): KeyValue => ({ name, value: fieldText(value) })) }, filesToPick: [] };
    case 'multipart': {
      const properties = asRecord(schema.properties) ?? {};
      const parts = pairs(asRecord(example) ?? {}).map(([name, value]): FormPart => (isFileSchema(properties[name], defs) ? { name, file: '' } : { name, value: fieldText(value), ...(isObject(value) ? { mediaType: 'application/json' } : {}) }));
      return { body: { mode: 'form-data', parts }, filesToPick: parts.filter((part) => part.file !== undefined).map((part) => `part "${part.name}"`) };
    }
    default:
      return { body: { mode: 'raw', mediaType: media.mediaType, text: typeof example === 'string' ? example : JSON.stringify(example ?? {}, null, 2) }, filesToPick: [] };
  }
}

function isFileSchema(property: unknown, defs: Defs): boolean {
  const schema = resolveNode(property, defs).schema;
  if (schema.format === 'binary' || schema.contentMediaType !== undefined) return true;
  return schema.type === 'array' && isFileSchema(schema.items, defs);
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

