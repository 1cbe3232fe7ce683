/**
 * Compiles response schemas with ajv in the main process (ajv generates code with
 * new Function, which the renderer's CSP forbids). Draft-07 after rewriting 3.0's
 * nullable for OpenAPI 3.0 and 2.0; JSON Schema 2020-12 for 3.1. Compiled validators
 * are cached by their schema text, so a resend does not compile again.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '../../../shared/model/api-model';
import { fromOpenApi30 } from '../../../shared/response/response-validation';

// OpenAPI's own formats: int32/int64 are range checks, the others describe encodings.
const OPENAPI_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'] as const;
const CACHE_LIMIT = 64;

export interface SchemaError {
  readonly pointer: string;
  readonly message: string;
}

function createAjv(modern: boolean): Ajv {
  const options = { allErrors: true, strict: false, logger: false, validateFormats: true } as const;
  const ajv = modern ? new Ajv2020(options) : new Ajv(options);
  addFormats.default(ajv);
  for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
  return ajv;
}

const engines = { modern: createAjv(true), legacy: createAjv(false) };
const cache = new Map<string, ValidateFunction>();

/** Validates `value` against `schema`, whose `$ref`s point into `defs` by JSON pointer. */
export function validateAgainstSchema(value: unknown, schema: JsonSchema, defs: Readonly<Record<string, JsonSchema>>, modern: boolean): SchemaError[] {
  const validate = compiled(schema, defs, modern);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(describeError);
}

function compiled(schema: JsonSchema, defs: Readonly<Record<string, JsonSchema>>, modern: boolean): ValidateFunction {
  // Keyed on the schema as sent, so a hit costs one stringify and no conversion.
  const key = `${modern ? '2020' : '07'}:${JSON.stringify(schema)}:${JSON.stringify(defs)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const validate = (modern ? engines.modern : engines.legacy).compile(rootSchema(schema, defs, modern));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, validate);
  return validate;
}

/**
 * One root schema that validates with `schema` and holds every def at its own pointer
 * ("#/components/schemas/Item" lands at root.components.schemas.Item), so refs resolve as written.
 */
function rootSchema(schema: JsonSchema, defs: Readonly<Record<string, JsonSchema>>, modern: boolean): Record<string, unknown> {
  const convert = (value: unknown): unknown => (modern ? value : fromOpenApi30(value));
  const root: Record<string, unknown> = { allOf: [convert(schema)] };
  // Shorter pointers first, so a def nested in another is already there and is kept as is.
  for (const pointer of Object.keys(defs).sort((a, b) => a.length - b.length)) {
    if (!pointer.startsWith('#/')) continue;
    const segments = pointer.slice(2).split('/').map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      const next = node[segment];
      if (typeof next !== 'object' || next === null) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    const last = segments.at(-1);
    if (last !== undefined && !(last in node)) node[last] = convert(defs[pointer]);
  }
  return root;
}

function describeError(error: ErrorObject): SchemaError {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return { pointer: `${error.instancePath}/${escape(String(params.missingProperty))}`, message: `is required but missing` };
  if (error.keyword === 'additionalProperties') return { pointer: `${error.instancePath}/${escape(String(params.additionalProperty))}`, message: 'is not allowed by the schema (additionalProperties: false)' };
  return { pointer: error.instancePath, message: error.message ?? `fails "${error.keyword}"` };
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
