/**
 * The state one normalization shares: the document, the problems found so far and the schema
 * defs collected. Non-schema `$ref`s are followed here; schema `$ref`s are kept and their
 * targets copied into `schemaDefs`, which is what keeps the model acyclic.
 */
import type { JsonSchema, Problem } from '../model/api-model';
import { childPointer, resolvePointer } from './resolve-pointer';
import { isRecord } from '../values/is-record';

export interface NormalizeContext {
  readonly doc: Readonly<Record<string, unknown>>;
  readonly problems: Problem[];
  readonly schemaDefs: Record<string, JsonSchema>;
  /** Refs already registered in schemaDefs whose copy is still to be made. */
  readonly pendingDefs: string[];
  /** Schema refs already reported, so a missing def is reported once and not once per use. */
  readonly reportedRefs: Set<string>;
}

// Values under these keywords are data, not schemas: a "$ref" inside an example is not a reference.
const DATA_KEYWORDS = new Set(['example', 'examples', 'const', 'default', 'enum']);
// Under these keywords the keys are names and every value is a schema.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * Sets an own property even when the key is "__proto__": plain assignment would swap the
 * object's prototype instead, which is how an untrusted document pollutes prototypes.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // Only "__proto__" is a setter on a plain object; every other key assigns an own property, and
  // plain assignment is several times cheaper than defineProperty on a document-sized copy.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Starts a normalization of `doc`, appending to `problems`. */
export function createContext(doc: Readonly<Record<string, unknown>>, problems: Problem[]): NormalizeContext {
  return { doc, problems, schemaDefs: {}, pendingDefs: [], reportedRefs: new Set() };
}

/** Records a warning at a place in the document. */
export function warn(ctx: NormalizeContext, message: string, pointer?: string): void {
  ctx.problems.push(pointer === undefined ? { severity: 'warning', message } : { severity: 'warning', message, pointer });
}

/** The string value of `key`, or undefined when it is absent or not a string. */
export function stringField(obj: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' ? value : undefined;
}

/** Where a chain of `$ref`s ends: at an object, or at the reason it could not be followed. */
export type RefChase =
  | { readonly ok: true; readonly value: Readonly<Record<string, unknown>>; readonly pointer: string }
  | { readonly ok: false; readonly reason: 'external' | 'loop' | 'dangling' | 'not-object'; readonly at: string; readonly ref?: string };

/**
 * Follows a chain of local `$ref`s from `value` (found at `pointer`) to the object it names, without
 * reporting anything: the normalizer's resolveRef and the outline both use it, so they agree.
 */
export function chaseRef(doc: unknown, value: unknown, pointer: string): RefChase {
  let current = value;
  let at = pointer;
  const seen = new Set<string>();
  while (isRecord(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) return { ok: false, reason: 'external', at, ref };
    if (seen.has(ref)) return { ok: false, reason: 'loop', at, ref };
    seen.add(ref);
    current = resolvePointer(doc, ref);
    if (current === undefined) return { ok: false, reason: 'dangling', at, ref };
    at = ref;
  }
  return isRecord(current) ? { ok: true, value: current, pointer: at } : { ok: false, reason: 'not-object', at };
}

/**
 * Follows a chain of `$ref`s to a non-schema object (parameter, request body, response, example,
 * path item). Returns undefined, with a problem, for external, dangling or circular references.
 */
export function resolveRef(
  ctx: NormalizeContext,
  value: unknown,
  pointer: string,
): { readonly value: Readonly<Record<string, unknown>>; readonly pointer: string } | undefined {
  const chased = chaseRef(ctx.doc, value, pointer);
  if (chased.ok) return { value: chased.value, pointer: chased.pointer };
  const { at, ref = '' } = chased;
  switch (chased.reason) {
    case 'external':
      warn(ctx, `Skipped ${at}: its reference "${ref}" points outside this document, which is not supported here.`, at);
      break;
    case 'loop':
      warn(ctx, `Skipped ${pointer}: its references loop back to "${ref}". Fix the cycle in the document.`, pointer);
      break;
    case 'dangling':
      warn(ctx, `Skipped ${at}: its reference "${ref}" points to nothing in this document.`, at);
      break;
    case 'not-object':
      warn(ctx, `Skipped ${at}: it is not an object.`, at);
      break;
  }
  return undefined;
}

function registerDef(ctx: NormalizeContext, ref: string, at: string): void {
  if (Object.prototype.hasOwnProperty.call(ctx.schemaDefs, ref) || ctx.reportedRefs.has(ref)) return;
  if (!ref.startsWith('#/')) {
    ctx.reportedRefs.add(ref);
    warn(ctx, `The schema reference "${ref}" at ${at} points outside this document; it is kept as is and not resolved.`, at);
    return;
  }
  const target = resolvePointer(ctx.doc, ref);
  if (!isRecord(target) && typeof target !== 'boolean') {
    ctx.reportedRefs.add(ref);
    warn(ctx, `The schema reference "${ref}" at ${at} points to no schema in this document.`, at);
    return;
  }
  ctx.schemaDefs[ref] = {};
  ctx.pendingDefs.push(ref);
}

function copyValue(ctx: NormalizeContext, value: unknown, at: string, ancestors: Set<object>, kind: 'schema' | 'map' | 'data'): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') return undefined;
  if (ancestors.has(value)) {
    warn(ctx, `Replaced a cyclic object at ${at} with {}: the document should use "$ref" for recursion.`, at);
    return {};
  }
  ancestors.add(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((item: unknown, i) => copyValue(ctx, item, childPointer(at, i), ancestors, kind === 'data' ? 'data' : 'schema'));
  } else if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    const record = value;
    for (const key of Object.keys(record)) {
      const child = record[key];
      let childKind: typeof kind = 'schema';
      if (kind === 'data' || (kind === 'schema' && DATA_KEYWORDS.has(key))) childKind = 'data';
      else if (kind === 'schema' && SCHEMA_MAPS.has(key)) childKind = 'map';
      const copied = copyValue(ctx, child, childPointer(at, key), ancestors, childKind);
      if (copied === undefined) continue;
      setOwn(out, key, copied);
      if (kind === 'schema' && key === '$ref' && typeof copied === 'string') registerDef(ctx, copied, at);
    }
    copy = out;
  }
  ancestors.delete(value);
  return copy;
}

function asSchema(value: unknown): JsonSchema {
  if (isRecord(value)) return value;
  // JSON Schema 2020-12 (OpenAPI 3.1) allows boolean schemas: true accepts anything, false nothing.
  return value === false ? { not: {} } : {};
}

/** Deep-copies plain JSON data (examples, defaults) so the model shares nothing with the document. */
export function copyJson(ctx: NormalizeContext, value: unknown, pointer: string): unknown {
  return copyValue(ctx, value, pointer, new Set(), 'data');
}

/** Copies a schema, keeping its `$ref`s and copying every def they reach (once) into schemaDefs. */
export function copySchema(ctx: NormalizeContext, schema: unknown, pointer: string): JsonSchema {
  const copy = asSchema(copyValue(ctx, schema, pointer, new Set(), 'schema'));
  // A queue rather than recursion: long chains of defs in large documents cannot blow the stack.
  for (let ref = ctx.pendingDefs.shift(); ref !== undefined; ref = ctx.pendingDefs.shift()) {
    ctx.schemaDefs[ref] = asSchema(copyValue(ctx, resolvePointer(ctx.doc, ref), ref, new Set(), 'schema'));
  }
  return copy;
}
