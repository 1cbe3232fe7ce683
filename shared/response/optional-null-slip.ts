/**
 * The dialect slip of FastAPI with pydantic 1: an `Optional[int] = None` field is written as a
 * plain `type: integer` property (no `nullable: true`) and answered as null. A null in a property
 * its object does not require is read as that Optional field's "not set" and named as a slip; a
 * null in a required property stays a violation.
 */
import { isRecord } from '../values/is-record';

// Keywords whose values are data, not schemas.
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/** `schema` with every property its object does not require also accepting null. */
export function withOptionalNulls(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withOptionalNulls);
  if (!isRecord(schema)) return schema;
  const required = Array.isArray(schema['required']) ? new Set(schema['required'].filter((name): name is string => typeof name === 'string')) : new Set<string>();
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DATA_KEYS.has(key)) out[key] = value;
    else if (key === 'properties' && isRecord(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, required.has(name) ? withOptionalNulls(property) : { anyOf: [withOptionalNulls(property), { enum: [null] }] }]));
    } else out[key] = withOptionalNulls(value);
  }
  return out;
}

/** The value at a JSON pointer of data ("/authors/0/born"), or undefined when there is none. */
export function valueAt(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let node = value;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/** The note that names the slip for the null values at `pointers`. */
export function optionalNullNote(pointers: readonly string[]): string {
  const list = pointers.join(', ');
  return (
    `Dialect slip: null at ${list}, a property the schema does not require and does not mark nullable. FastAPI with pydantic 1 writes ` +
    `Optional fields without "nullable: true" in OpenAPI 3.0 documents and answers null for them; read as nullable, so not counted as ${pointers.length === 1 ? 'a violation' : 'violations'}.`
  );
}
