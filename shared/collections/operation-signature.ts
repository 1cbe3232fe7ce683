/**
 * A short digest of what a saved request depends on in its operation (method, path, parameters and
 * whether they are required, body media types, and each body's properties: name, type, required).
 * When the spec changes any of it, the saved request's stored signature no longer matches and the
 * collection says so. Signatures written before bodies counted (8 hex digits) are compared as they
 * were made, so a collection saved then is not all called changed; a save writes the new kind.
 */
import type { JsonSchema, OperationModel } from '../model/api-model';
import { resolveNode, type Defs } from '../schema-form/resolve-node';
import { isRecord } from '../values/is-record';

export type SignedOperation = Pick<OperationModel, 'method' | 'path' | 'parameters' | 'requestBody'>;

const VERSION = 'b';
const LEGACY = /^[0-9a-f]{8}$/;

/** The digest of `op`, its body schemas' `$ref`s read in `defs` (the model's schemaDefs): "b" and 8 hex digits. */
export function operationSignature(op: SignedOperation, defs: Defs): string {
  const bodies = (op.requestBody?.content ?? []).map((media) => `${media.mediaType}{${bodyShape(media.schema, defs)}}`).sort();
  return `${VERSION}${digest([...shapeLines(op), ...bodies].join('\n'))}`;
}

/** The digest as made before bodies counted (8 hex digits), to compare a request saved then. */
export function legacyOperationSignature(op: SignedOperation): string {
  return digest(shapeLines(op).join('\n'));
}

/** True when `stored` (a saved request's signature, of either kind) still describes `op`. */
export function signatureMatches(stored: string, op: SignedOperation, defs: Defs): boolean {
  return stored === (LEGACY.test(stored) ? legacyOperationSignature(op) : operationSignature(op, defs));
}

function shapeLines(op: SignedOperation): string[] {
  return [
    op.method,
    op.path,
    ...op.parameters.map((p) => `${p.in}:${p.name}:${p.required ? 'required' : 'optional'}`).sort(),
    `body:${op.requestBody?.required === true ? 'required' : 'optional'}:${(op.requestBody?.content ?? []).map((m) => m.mediaType).sort().join(',')}`,
  ];
}

/** A body's top-level properties as "name:type:required", sorted; its type alone when it is not an object. */
function bodyShape(schema: JsonSchema | undefined, defs: Defs): string {
  if (schema === undefined) return '';
  const resolved = resolveNode(schema, defs).schema;
  const required = new Set(Array.isArray(resolved.required) ? resolved.required.filter((name): name is string => typeof name === 'string') : []);
  if (!isRecord(resolved.properties)) return typeName(resolved);
  return Object.entries(resolved.properties)
    .map(([name, property]) => `${name}:${typeName(isRecord(property) ? resolveNode(property, defs).schema : {})}:${required.has(name) ? 'required' : 'optional'}`)
    .sort()
    .join(',');
}

function typeName(schema: JsonSchema): string {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.filter((t) => typeof t === 'string').join('|');
  if (Array.isArray(schema.enum)) return 'enum';
  return ['oneOf', 'anyOf'].find((key) => Array.isArray(schema[key])) ?? 'any';
}

function digest(shape: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < shape.length; i += 1) {
    hash ^= shape.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
