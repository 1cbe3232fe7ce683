/**
 * What control a schema calls for in the generated form: object, array, string, number, boolean,
 * enum, a union with a variant picker, or free JSON. Described one level at a time, so recursive
 * schemas are only expanded as deep as the person opens them.
 */
import type { JsonSchema } from '../model/api-model';
import { refName, resolveNode, type Defs } from './resolve-node';
import { isRecord } from '../values/is-record';

export interface PropertyShape {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly required: boolean;
}

export interface VariantShape {
  readonly label: string;
  readonly schema: JsonSchema;
  /** The discriminator value that selects this variant, when the union has a discriminator. */
  readonly tag?: string;
}

interface Common {
  /** null is allowed: 3.0 `nullable`, or "null" in a 3.1 type array. */
  readonly nullable: boolean;
  readonly title?: string;
  readonly description?: string;
  /** The definition this came from ("Pet"), for labels and spotting recursion. */
  readonly ref?: string;
  readonly deprecated: boolean;
  readonly schema: JsonSchema;
}

export type FieldShape = Common &
  (
    | { readonly kind: 'object'; readonly properties: readonly PropertyShape[]; readonly additional?: JsonSchema }
    | { readonly kind: 'array'; readonly items: JsonSchema; readonly minItems?: number; readonly maxItems?: number }
    | { readonly kind: 'string'; readonly format?: string; readonly minLength?: number; readonly maxLength?: number; readonly pattern?: string }
    | { readonly kind: 'number'; readonly integer: boolean; readonly minimum?: number; readonly maximum?: number; readonly exclusiveMinimum?: number; readonly exclusiveMaximum?: number }
    | { readonly kind: 'boolean' }
    | { readonly kind: 'null' }
    | { readonly kind: 'enum'; readonly values: readonly unknown[] }
    | { readonly kind: 'union'; readonly variants: readonly VariantShape[]; readonly discriminator?: string }
    | { readonly kind: 'any' }
  );

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** The declared types, "null" included; empty when the schema names none. */
export function schemaTypes(schema: JsonSchema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((t): t is string => typeof t === 'string');
  return [];
}

function variantsOf(schema: JsonSchema, defs: Defs): { variants: VariantShape[]; discriminator?: string } | undefined {
  const list = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  if (list === undefined) return undefined;
  const discriminator = isRecord(schema.discriminator) && typeof schema.discriminator.propertyName === 'string' ? schema.discriminator : undefined;
  const declaredMapping = discriminator?.mapping;
  const mapping = isRecord(declaredMapping) ? declaredMapping : {};
  // Bare "null" members become nullability, not a variant to pick.
  const members = list.filter((m: unknown) => !(isRecord(m) && m.type === 'null'));
  const variants = members.map((member: unknown, index): VariantShape => {
    const raw = isRecord(member) ? member : {};
    const ref = typeof raw.$ref === 'string' ? raw.$ref : undefined;
    const resolved = resolveNode(raw, defs).schema;
    const title = typeof resolved.title === 'string' ? resolved.title : undefined;
    const label = title ?? (ref !== undefined ? refName(ref) : schemaTypes(resolved)[0] ?? `Option ${index + 1}`);
    if (discriminator === undefined) return { label, schema: raw };
    const mapped = Object.entries(mapping).find(([, target]) => target === ref || (typeof target === 'string' && ref !== undefined && refName(target) === refName(ref)));
    const tag = mapped?.[0] ?? (ref !== undefined ? refName(ref) : label);
    return { label, schema: raw, tag };
  });
  return discriminator === undefined ? { variants } : { variants, discriminator: discriminator.propertyName as string };
}

/** Describes one schema for the form; readOnly properties are left out, since requests must not carry them. */
export function describeField(schema: unknown, defs: Defs): FieldShape {
  const { schema: s, ref } = resolveNode(schema, defs);
  const types = schemaTypes(s);
  const listedNull = (Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : []).some((m: unknown) => isRecord(m) && m.type === 'null');
  const common: Common = {
    nullable: s.nullable === true || types.includes('null') || listedNull,
    title: typeof s.title === 'string' ? s.title : undefined,
    description: typeof s.description === 'string' ? s.description : undefined,
    ref: ref === undefined ? undefined : refName(ref),
    deprecated: s.deprecated === true,
    schema: s,
  };
  const union = variantsOf(s, defs);
  if (union !== undefined && union.variants.length === 1 && union.variants[0] !== undefined) {
    // "anyOf: [X, null]" is how 3.1 and FastAPI write an optional X: show X itself, nullable.
    return { ...describeField(union.variants[0].schema, defs), nullable: true };
  }
  if (union !== undefined && union.variants.length > 1) return { ...common, kind: 'union', ...union };
  if (Array.isArray(s.enum) && s.enum.length > 0) return { ...common, kind: 'enum', values: s.enum.filter((v) => v !== null) };
  if (s.const !== undefined) return { ...common, kind: 'enum', values: [s.const] };
  const nonNull = types.filter((t) => t !== 'null');
  if (nonNull.length > 1) {
    return { ...common, kind: 'union', variants: nonNull.map((t) => ({ label: t, schema: { ...s, type: t } })) };
  }
  const type = nonNull[0] ?? (isRecord(s.properties) || s.additionalProperties !== undefined ? 'object' : s.items !== undefined ? 'array' : undefined);
  switch (type) {
    case 'object': {
      const required = Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [];
      const properties = Object.entries(isRecord(s.properties) ? s.properties : {})
        .filter(([, p]) => resolveNode(p, defs).schema.readOnly !== true)
        .map(([name, p]): PropertyShape => ({ name, schema: isRecord(p) ? p : {}, required: required.includes(name) }));
      const additional = s.additionalProperties === true ? {} : isRecord(s.additionalProperties) ? s.additionalProperties : undefined;
      return additional === undefined ? { ...common, kind: 'object', properties } : { ...common, kind: 'object', properties, additional };
    }
    case 'array':
      return { ...common, kind: 'array', items: isRecord(s.items) ? s.items : {}, minItems: num(s.minItems), maxItems: num(s.maxItems) };
    case 'string':
      return {
        ...common,
        kind: 'string',
        format: typeof s.format === 'string' ? s.format : undefined,
        minLength: num(s.minLength),
        maxLength: num(s.maxLength),
        pattern: typeof s.pattern === 'string' ? s.pattern : undefined,
      };
    case 'integer':
    case 'number': {
      // 3.0 writes exclusive bounds as booleans beside minimum/maximum; 3.1 as numbers.
      const exMin = s.exclusiveMinimum === true ? num(s.minimum) : num(s.exclusiveMinimum);
      const exMax = s.exclusiveMaximum === true ? num(s.maximum) : num(s.exclusiveMaximum);
      return {
        ...common,
        kind: 'number',
        integer: type === 'integer',
        minimum: s.exclusiveMinimum === true ? undefined : num(s.minimum),
        maximum: s.exclusiveMaximum === true ? undefined : num(s.maximum),
        exclusiveMinimum: exMin,
        exclusiveMaximum: exMax,
      };
    }
    case 'boolean':
      return { ...common, kind: 'boolean' };
    case 'null':
      return { ...common, kind: 'null' };
    default:
      return { ...common, kind: 'any' };
  }
}
