/**
 * Compiles response schemas with ajv in the main process (ajv generates code with
 * new Function, which the renderer's CSP forbids). Draft-07 after rewriting 3.0's
 * nullable for OpenAPI 3.0 and 2.0; JSON Schema 2020-12 for 3.1. Compiled validators
 * are cached by their schema text, so a resend does not compile again, and the last few by
 * the schema objects themselves, so a caller that passes the same objects does not even
 * serialize them.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '../../../shared/model/api-model';
import { fromOpenApi30 } from '../../../shared/response/response-validation';
import { sameJson } from '../../../shared/response/same-json';
import { isRecord } from '../../../shared/values/is-record';
import { narrowUnionErrors } from './union-errors';

// OpenAPI's own formats: int32/int64 are range checks, the others describe encodings.
const OPENAPI_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'] as const;
const CACHE_LIMIT = 64;

export interface SchemaError {
  readonly pointer: string;
  readonly message: string;
  /** The JSON Schema keyword that failed ("type", "anyOf"). */
  readonly keyword?: string;
}

function createAjv(modern: boolean): Ajv {
  // verbose: a failed union's error carries its branches, which union-errors validates one by one.
  const options = { allErrors: true, strict: false, logger: false, validateFormats: true, verbose: true } as const;
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
  const errors = validate.errors ?? [];
  if (!errors.some((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf') || !isRecord(validate.schema)) return errors.map(describeError);
  const engine = modern ? engines.modern : engines.legacy;
  return narrowUnionErrors(errors, value, validate.schema, (root) => engine.compile(root)).map(describeError);
}

/**
 * The last few schemas compiled, as objects. A caller in the main process (the runner) passes the
 * same objects for every send of an operation and is answered by identity; a renderer's schemas
 * arrive as new objects on every send (IPC copies them) and are recognized by one structural
 * comparison, which costs less than serializing them to text and hashing that. Strong references
 * to a handful of schemas, rather than a WeakMap, so the fresh copies leave no entries behind.
 */
interface Recent {
  readonly schema: JsonSchema;
  readonly defs: Readonly<Record<string, JsonSchema>>;
  readonly modern: boolean;
  readonly validate: ValidateFunction;
}
const RECENT_LIMIT = 8;
const recent: Recent[] = [];
let nextRecent = 0;

function compiled(schema: JsonSchema, defs: Readonly<Record<string, JsonSchema>>, modern: boolean): ValidateFunction {
  for (const each of recent) if (each.modern === modern && sameJson(each.schema, schema) && sameJson(each.defs, defs)) return each.validate;
  // Keyed on the schema as sent, so a hit costs one stringify and no conversion. Over IPC the
  // objects are new on every send, so their text is the only identity they have.
  const key = `${modern ? '2020' : '07'}:${JSON.stringify(schema)}:${JSON.stringify(defs)}`;
  let validate = cache.get(key);
  if (validate === undefined) {
    validate = (modern ? engines.modern : engines.legacy).compile(rootSchema(schema, defs, modern));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, validate);
  }
  // A ring: the oldest of the few is replaced. Schemas are data, never changed after they are sent.
  recent[nextRecent] = { schema, defs, modern, validate };
  nextRecent = (nextRecent + 1) % RECENT_LIMIT;
  return validate;
}

// Pointer segments that name an object's prototype rather than a member of it.
const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * One root schema that validates with `schema` and holds every def at its own pointer
 * ("#/components/schemas/Item" lands at root.components.schemas.Item), so refs resolve as written.
 */
export function rootSchema(schema: JsonSchema, defs: Readonly<Record<string, JsonSchema>>, modern: boolean): Record<string, unknown> {
  // Always a copy (3.0 conversion makes one; 2020-12 is cloned): the root is built by writing into
  // it, and the caller's schemas are what the recent-schema ring compares later, so they must stay as sent.
  const convert = (value: unknown): unknown => (modern ? structuredClone(value) : fromOpenApi30(value));
  const root: Record<string, unknown> = { allOf: [convert(schema)] };
  // Shorter pointers first, so a def nested in another is already there and is kept as is.
  for (const pointer of Object.keys(defs).sort((a, b) => a.length - b.length)) {
    if (!pointer.startsWith('#/')) continue;
    const segments = pointer.slice(2).split('/').map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
    // A document's names are data: "__proto__" or "constructor" in a pointer would otherwise walk
    // into (and write onto) the prototypes every object of the main process shares.
    if (segments.some((segment) => UNSAFE_SEGMENTS.has(segment))) continue;
    // A def may sit inside another one's list (".../allOf/0"): the walk goes through arrays too.
    let node: object = root;
    for (const segment of segments.slice(0, -1)) {
      const next: unknown = Object.hasOwn(node, segment) ? Reflect.get(node, segment) : undefined;
      if (typeof next === 'object' && next !== null) {
        node = next;
      } else {
        const created = {};
        Reflect.set(node, segment, created);
        node = created;
      }
    }
    const last = segments.at(-1);
    if (last !== undefined && !Object.hasOwn(node, last)) Reflect.set(node, last, convert(defs[pointer]));
  }
  return root;
}

function describeError(error: ErrorObject): SchemaError {
  const params: Record<string, unknown> = error.params;
  const keyword = error.keyword;
  if (keyword === 'required') return { pointer: `${error.instancePath}/${escape(String(params.missingProperty))}`, message: `is required but missing`, keyword };
  if (keyword === 'additionalProperties') return { pointer: `${error.instancePath}/${escape(String(params.additionalProperty))}`, message: 'is not allowed by the schema (additionalProperties: false)', keyword };
  return { pointer: error.instancePath, message: error.message ?? `fails "${keyword}"`, keyword };
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
