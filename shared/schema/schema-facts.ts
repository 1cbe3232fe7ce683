/**
 * What the value generators need to know about one schema: its `$ref`s followed and `allOf`
 * merged (the one resolver, shared/schema-form/resolve-node.ts), the JSON types it allows under
 * OpenAPI 3.0 (`nullable`) or 3.1 (`type: [..., "null"]`), and whether a property belongs in a
 * request (not `readOnly`).
 */
import type { JsonSchema } from '../model/api-model';
import { resolveNode, type Defs } from '../schema-form/resolve-node';
import { isRecord } from '../values/is-record';

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';

export interface GenerateContext {
  readonly defs: Defs;
  /** OpenAPI 3.0 and Swagger 2.0: `nullable: true` allows null. 3.1 spells it in `type`. */
  readonly openapi30: boolean;
  /** Request values leave `readOnly` properties out (response values would leave `writeOnly` out). */
  readonly direction: 'request' | 'response';
}

/** How deep objects and arrays are filled; below it only what is required is built. */
export const MAX_DEPTH = 4;

/** The schema with `$ref`s followed and `allOf` merged. */
export function resolved(schema: unknown, ctx: GenerateContext): JsonSchema {
  return resolveNode(schema, ctx.defs).schema;
}

/** The types the schema allows; empty when it says nothing about type (anything goes). */
export function allowedTypes(schema: JsonSchema, ctx: GenerateContext): JsonType[] {
  const declared = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type.filter((t): t is string => typeof t === 'string') : [];
  let types = declared.filter((t): t is JsonType => ['string', 'integer', 'number', 'boolean', 'array', 'object', 'null'].includes(t));
  if (types.length === 0) {
    if (isRecord(schema.properties) || schema.additionalProperties !== undefined || Array.isArray(schema.required)) types = ['object'];
    else if (schema.items !== undefined) types = ['array'];
    else if (typeof schema.minLength === 'number' || typeof schema.maxLength === 'number' || typeof schema.pattern === 'string' || typeof schema.format === 'string') types = ['string'];
    else if (typeof schema.minimum === 'number' || typeof schema.maximum === 'number') types = ['number'];
  }
  if (ctx.openapi30 && schema.nullable === true && types.length > 0 && !types.includes('null')) types = [...types, 'null'];
  return types;
}

/** The types a non-null value may take (integer first when both integer and number are allowed). */
export function valueTypes(schema: JsonSchema, ctx: GenerateContext): JsonType[] {
  return allowedTypes(schema, ctx).filter((t) => t !== 'null');
}

/** True when null is allowed. */
export function allowsNull(schema: JsonSchema, ctx: GenerateContext): boolean {
  if (Array.isArray(schema.enum)) return schema.enum.includes(null);
  return allowedTypes(schema, ctx).includes('null');
}

/** The enum members a value may take, without null unless it is allowed. */
export function enumMembers(schema: JsonSchema): readonly unknown[] | undefined {
  if (schema.const !== undefined) return [schema.const];
  return Array.isArray(schema.enum) && schema.enum.length > 0 ? schema.enum : undefined;
}

/** The variants of a `oneOf` or `anyOf`, if the schema is a union. */
export function unionVariants(schema: JsonSchema): readonly unknown[] | undefined {
  for (const variants of [schema.oneOf, schema.anyOf]) if (Array.isArray(variants) && variants.length > 0) return variants;
  return undefined;
}

/** The properties to send: each with its schema and whether it is required (readOnly ones left out of requests). */
export function objectProperties(schema: JsonSchema, ctx: GenerateContext): { readonly name: string; readonly schema: unknown; readonly required: boolean }[] {
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((n): n is string => typeof n === 'string') : []);
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const hidden = ctx.direction === 'request' ? 'readOnly' : 'writeOnly';
  return Object.entries(properties)
    .filter(([, property]) => resolved(property, ctx)[hidden] !== true && !(isRecord(property) && property[hidden] === true))
    .map(([name, property]) => ({ name, schema: property, required: required.has(name) }));
}

/** Numeric bounds as inclusive limits for integers, with 3.0's boolean and 3.1's numeric exclusive forms. */
export function numericBounds(schema: JsonSchema, integer: boolean): { readonly min?: number; readonly max?: number } {
  const step = integer ? 1 : 0.5;
  let min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  let max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  if (schema.exclusiveMinimum === true && min !== undefined) min += step;
  if (schema.exclusiveMaximum === true && max !== undefined) max -= step;
  if (typeof schema.exclusiveMinimum === 'number') min = Math.max(min ?? -Infinity, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === 'number') max = Math.min(max ?? Infinity, schema.exclusiveMaximum - step);
  if (integer) {
    if (min !== undefined) min = Math.ceil(min);
    if (max !== undefined) max = Math.floor(max);
  }
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}
