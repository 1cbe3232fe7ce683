/**
 * A plausible example value for a schema, used to prefill request bodies. It favours what the
 * document says (example, default, enum) and otherwise invents the smallest valid-looking value;
 * asked not to invent, it keeps only what the document states (const, example, default).
 * Recursive schemas terminate: a `$ref` already on the current path is not entered again.
 */
import type { JsonSchema, MediaTypeModel } from '../model/api-model';
import { isRecord } from '../values/is-record';

type Defs = Readonly<Record<string, JsonSchema>>;

/** Marks "no value without recursing": arrays become [], optional properties are left out, the rest null. */
const SKIP: unique symbol = Symbol('skip');

const STRING_FORMATS: Readonly<Record<string, string>> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  email: 'user@example.com',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  uri: 'https://example.com',
  url: 'https://example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

interface Walk {
  readonly defs: Defs;
  readonly maxDepth: number;
  /** The `$ref`s entered on the way to the current schema. */
  readonly refs: readonly string[];
  readonly depth: number;
  /** False: a value the document does not state (a made-up "string", 0, true, an enum's first value) is left out. */
  readonly invent: boolean;
}

/** The example (3.0's `example`, else the first of `examples`) or default a schema states itself, without following `$ref`s. */
export function statedExample(schema: JsonSchema): { readonly value: unknown } | undefined {
  if (schema.example !== undefined) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { value: schema.examples[0] };
  if (schema.default !== undefined) return { value: schema.default };
  return undefined;
}

function declaredValue(schema: JsonSchema, invent: boolean): { readonly value: unknown } | undefined {
  if (schema.const !== undefined) return { value: schema.const };
  const stated = statedExample(schema);
  if (stated !== undefined) return stated;
  if (invent && Array.isArray(schema.enum) && schema.enum.length > 0) return { value: schema.enum[0] };
  return undefined;
}

function typeOf(schema: JsonSchema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t): t is string => typeof t === 'string');
    return types.find((t) => t !== 'null') ?? types[0];
  }
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

function numberExample(schema: JsonSchema, integer: boolean): number {
  let value = 0;
  if (typeof schema.minimum === 'number' && value < schema.minimum) value = schema.minimum;
  // 3.1 gives exclusiveMinimum as a number; 3.0 as a boolean beside minimum.
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) value = schema.exclusiveMinimum + 1;
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number' && value <= schema.minimum) value = schema.minimum + 1;
  if (typeof schema.maximum === 'number' && value > schema.maximum) value = schema.maximum;
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) value = schema.exclusiveMaximum - 1;
  return integer ? Math.ceil(value) : value;
}

function stringExample(schema: JsonSchema): string {
  const known = typeof schema.format === 'string' ? STRING_FORMATS[schema.format] : undefined;
  if (known !== undefined) return known;
  let text = 'string';
  if (typeof schema.minLength === 'number' && text.length < schema.minLength) text = text.padEnd(schema.minLength, 'x');
  if (typeof schema.maxLength === 'number' && text.length > schema.maxLength) text = text.slice(0, schema.maxLength);
  return text;
}

function isReadOnly(schema: unknown, walk: Walk): boolean {
  if (!isRecord(schema)) return false;
  if (schema.readOnly === true) return true;
  return typeof schema.$ref === 'string' && walk.defs[schema.$ref]?.readOnly === true;
}

function objectExample(schema: JsonSchema, walk: Walk): unknown {
  const inner = { ...walk, depth: walk.depth + 1 };
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const out: Record<string, unknown> = {};
  if (isRecord(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      // The example fills a request body, where the server ignores or rejects read-only fields.
      if (isReadOnly(property, walk)) continue;
      const value = generate(property, inner);
      if (value !== SKIP) out[name] = value;
      else if (required.has(name) && walk.invent) out[name] = null;
    }
  } else if (isRecord(schema.additionalProperties) && walk.invent) {
    const value = generate(schema.additionalProperties, inner);
    if (value !== SKIP) out.key = value;
  }
  // Without inventing, a nested object the document states nothing in is left out rather than sent empty.
  return !walk.invent && walk.depth > 0 && Object.keys(out).length === 0 ? SKIP : out;
}

function allOfExample(schema: JsonSchema, parts: readonly unknown[], walk: Walk): unknown {
  const own = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'allOf'));
  const values = [...parts, own].map((part) => generate(part, walk)).filter((v) => v !== SKIP && v !== null && v !== undefined);
  if (values.length > 0 && values.every(isRecord)) return Object.assign({}, ...values) as unknown;
  return values[0] ?? (walk.invent ? null : SKIP);
}

function generate(schema: unknown, walk: Walk): unknown {
  if (schema === true || schema === undefined) return walk.invent ? null : SKIP;
  if (!isRecord(schema)) return SKIP;
  const declared = declaredValue(schema, walk.invent);
  if (declared !== undefined) return declared.value;
  if (walk.depth > walk.maxDepth) return SKIP;
  if (typeof schema.$ref === 'string') {
    const ref = schema.$ref;
    if (walk.refs.includes(ref)) return SKIP;
    const target = walk.defs[ref];
    return target === undefined ? (walk.invent ? null : SKIP) : generate(target, { ...walk, refs: [...walk.refs, ref] });
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return allOfExample(schema, schema.allOf, walk);
  for (const variants of [schema.oneOf, schema.anyOf]) {
    if (Array.isArray(variants) && variants.length > 0) {
      // The first variant that can be built without recursing; a recursive one is the last resort.
      return variants.map((v: unknown) => generate(v, walk)).find((v) => v !== SKIP) ?? SKIP;
    }
  }
  const type = typeOf(schema);
  if (!walk.invent && type !== 'object') {
    const item = type === 'array' && schema.items !== undefined ? generate(schema.items, { ...walk, depth: walk.depth + 1 }) : SKIP;
    return item === SKIP ? SKIP : [item];
  }
  switch (type) {
    case 'object':
      return objectExample(schema, walk);
    case 'array': {
      if (schema.items === undefined) return [];
      const item = generate(schema.items, { ...walk, depth: walk.depth + 1 });
      return item === SKIP ? [] : [item];
    }
    case 'string':
      return stringExample(schema);
    case 'integer':
      return numberExample(schema, true);
    case 'number':
      return numberExample(schema, false);
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** An example value for `schema`, resolving `$ref`s through `defs`; undefined when there is no schema. */
export function exampleFromSchema(schema: JsonSchema | undefined, defs: Defs, maxDepth = 6): unknown {
  if (schema === undefined) return undefined;
  const value = generate(schema, { defs, maxDepth, refs: [], depth: 0, invent: true });
  return value === SKIP ? null : value;
}

/**
 * Only what the document states for `schema` (const, example, default, at any depth), nothing made up:
 * an object with its stated properties (`{}` when none), undefined for anything else that states nothing.
 */
export function statedValue(schema: JsonSchema | undefined, defs: Defs, maxDepth = 6): unknown {
  if (schema === undefined) return undefined;
  const value = generate(schema, { defs, maxDepth, refs: [], depth: 0, invent: false });
  return value === SKIP ? undefined : value;
}

/** The example a media type declares, else its first named example, else one made from its schema (only what it states, when `statedOnly`). */
export function exampleForMediaType(media: MediaTypeModel, defs: Defs, statedOnly = false): unknown {
  if (media.example !== undefined) return media.example;
  const first = media.examples[0];
  if (first !== undefined) return first.value;
  return statedOnly ? statedValue(media.schema, defs) : exampleFromSchema(media.schema, defs);
}
