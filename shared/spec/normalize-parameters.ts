/** Parameters of an OpenAPI 3.x path item or operation, as model objects, and their merging. */
import type { JsonSchema, ParameterLocation, ParameterModel } from '../model/api-model';
import type { NormalizeContext } from './normalize-context';
import { copyJson, copySchema, resolveRef, stringField, warn } from './normalize-context';
import { isRecord } from '../values/is-record';
import { normalizeExamples } from './normalize-content';
import { childPointer } from './resolve-pointer';
import { schemaTypeLabel } from './schema-type-label';

const LOCATIONS: readonly string[] = ['path', 'query', 'header', 'cookie'] satisfies ParameterLocation[];

/** True for a parameter's valid `in`: path, query, header or cookie. */
export function isLocation(value: unknown): value is ParameterLocation {
  return typeof value === 'string' && LOCATIONS.includes(value);
}

function parameterSchema(ctx: NormalizeContext, param: Readonly<Record<string, unknown>>, pointer: string): JsonSchema {
  if (param.schema !== undefined) return copySchema(ctx, param.schema, childPointer(pointer, 'schema'));
  // A content-based parameter (e.g. JSON in a query string) has exactly one media type.
  if (isRecord(param.content)) {
    const [mediaType, media] = Object.entries(param.content)[0] ?? [];
    if (mediaType !== undefined && isRecord(media) && media.schema !== undefined) {
      return copySchema(ctx, media.schema, childPointer(pointer, 'content', mediaType, 'schema'));
    }
  }
  return {};
}

function parameterExample(ctx: NormalizeContext, param: Readonly<Record<string, unknown>>, pointer: string): unknown {
  if (param.example !== undefined) return copyJson(ctx, param.example, childPointer(pointer, 'example'));
  return normalizeExamples(ctx, param.examples, childPointer(pointer, 'examples'))[0]?.value;
}

/** One parameter, resolved through `$ref`; undefined (with a problem) when it lacks a name or a valid `in`. */
export function normalizeParameter(ctx: NormalizeContext, raw: unknown, pointer: string): ParameterModel | undefined {
  const resolved = resolveRef(ctx, raw, pointer);
  if (resolved === undefined) return undefined;
  const param = resolved.value;
  const at = resolved.pointer;
  const name = stringField(param, 'name');
  if (name === undefined || name === '' || !isLocation(param.in)) {
    warn(ctx, `Skipped the parameter at ${at}: it needs a "name" and an "in" of path, query, header or cookie.`, at);
    return undefined;
  }
  const schema = parameterSchema(ctx, param, at);
  const model: { -readonly [K in keyof ParameterModel]: ParameterModel[K] } = {
    name,
    in: param.in,
    // OpenAPI: a path parameter is always required, whatever the document says.
    required: param.in === 'path' || param.required === true,
    deprecated: param.deprecated === true,
    schema,
    schemaType: schemaTypeLabel(schema, ctx.schemaDefs),
  };
  const description = stringField(param, 'description');
  if (description !== undefined) model.description = description;
  const style = stringField(param, 'style');
  if (style !== undefined) model.style = style;
  if (typeof param.explode === 'boolean') model.explode = param.explode;
  if (param.allowReserved === true) model.allowReserved = true;
  if (param.schema === undefined && isRecord(param.content)) {
    const mediaType = Object.keys(param.content)[0];
    if (mediaType !== undefined) model.contentMediaType = mediaType;
  }
  const example = parameterExample(ctx, param, at);
  if (example !== undefined) model.example = example;
  const examples = normalizeExamples(ctx, param.examples, childPointer(at, 'examples'));
  if (examples.length > 1) model.examples = examples;
  return model;
}

/** All valid parameters of a `parameters` array, in order. */
export function normalizeParameters(ctx: NormalizeContext, raw: unknown, pointer: string): ParameterModel[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    warn(ctx, `Ignored the parameters at ${pointer}: they are not an array.`, pointer);
    return [];
  }
  return raw.flatMap((item: unknown, i) => normalizeParameter(ctx, item, childPointer(pointer, i)) ?? []);
}

/** Path-level parameters merged with the operation's: the operation's wins on the same name and location. */
export function mergeParameters<P extends Pick<ParameterModel, 'in' | 'name'>>(pathLevel: readonly P[], operationLevel: readonly P[]): P[] {
  const key = (p: P): string => `${p.in}:${p.name}`;
  const overrides = new Map(operationLevel.map((p) => [key(p), p]));
  const merged = pathLevel.map((p) => overrides.get(key(p)) ?? p);
  const present = new Set(merged.map(key));
  return [...merged, ...operationLevel.filter((p) => !present.has(key(p)))];
}
