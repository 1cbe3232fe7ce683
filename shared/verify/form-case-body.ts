/**
 * Form bodies verify generates: a multipart/form-data case is sent as parts, its file fields
 * (`format: binary`) with a small generated content, so a required file is there and the request
 * is valid; urlencoded cases go through the editor's builder as they are. A body verify cannot
 * make is named, so the checks that need a valid request skip rather than fail.
 */
import type { JsonSchema, OperationModel } from '../model/api-model';
import { formBodyKind } from '../request/form-body';
import type { BodyPart } from '../request/request-model';
import { resolveNode } from '../schema-form/resolve-node';
import { isJsonMediaType } from '../request/build-request';
import { isRecord } from '../values/is-record';

/** The file name generated file parts are sent under. */
export const GENERATED_FILE_NAME = 'roundtrip-verify-upload.bin';

type Defs = Readonly<Record<string, JsonSchema>>;

function isBinary(schema: unknown, defs: Defs): boolean {
  const resolved = resolveNode(schema, defs).schema;
  return resolved.format === 'binary' || resolved.contentMediaType !== undefined;
}

/** A small file content for a generated value: the value itself when it is a string, else a fixed line. */
function fileContent(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : 'roundtrip verify upload\n';
}

function textOf(value: unknown): BodyPart {
  return typeof value === 'object' && value !== null ? { name: '', value: JSON.stringify(value), mediaType: 'application/json' } : { name: '', value: value === null || value === undefined ? '' : String(value) };
}

/** The multipart parts of a generated body value: one per field (arrays repeat the name), file fields with content. */
export function generatedParts(value: unknown, schema: JsonSchema | undefined, defs: Defs): BodyPart[] {
  if (!isRecord(value)) return [];
  const properties = resolveNode(schema, defs).schema.properties;
  const propertyOf = (name: string): unknown => (isRecord(properties) ? properties[name] : undefined);
  return Object.entries(value).flatMap(([name, field]): BodyPart[] => {
    const property = propertyOf(name);
    const resolved = resolveNode(property, defs).schema;
    const fileItems = resolved.type === 'array' && isBinary(resolved.items, defs);
    const file = isBinary(property, defs) || fileItems;
    const items = Array.isArray(field) && (fileItems || !file) ? field : [field];
    return items.map((item) => (file ? { name, value: fileContent(item), filename: GENERATED_FILE_NAME, mediaType: 'application/octet-stream' } : { ...textOf(item), name }));
  });
}

/** Why verify cannot generate the body `op` requires, or undefined when it can (JSON, forms, text, raw bytes). */
export function ungeneratableBody(op: OperationModel, mediaType: string | undefined): string | undefined {
  if (op.requestBody?.required !== true || mediaType === undefined) return undefined;
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (isJsonMediaType(essence) || essence.startsWith('text/') || formBodyKind(essence) !== undefined) return undefined;
  return `The operation requires a ${essence} body, which verify cannot generate from its schema, so no valid request can be made.`;
}
