/** Media types, examples, request bodies and responses of an OpenAPI 3.x operation, as model objects. */
import type { MediaTypeModel, NamedExample, RequestBodyModel, ResponseHeaderModel, ResponseMediaModel, ResponseModel } from '../model/api-model';
import type { NormalizeContext } from './normalize-context';
import { copyJson, copySchema, resolveRef, stringField, warn } from './normalize-context';
import { isRecord } from '../values/is-record';
import { normalizeLinks } from './normalize-links';
import { childPointer } from './resolve-pointer';

/** The named examples of an `examples` map, refs resolved; entries with only an externalValue are left out. */
export function normalizeExamples(ctx: NormalizeContext, examples: unknown, pointer: string): NamedExample[] {
  if (!isRecord(examples)) return [];
  const out: NamedExample[] = [];
  for (const [name, raw] of Object.entries(examples)) {
    const resolved = resolveRef(ctx, raw, childPointer(pointer, name));
    if (resolved === undefined || !('value' in resolved.value)) continue;
    const summary = stringField(resolved.value, 'summary');
    const value = copyJson(ctx, resolved.value.value, childPointer(resolved.pointer, 'value'));
    out.push(summary === undefined ? { name, value } : { name, summary, value });
  }
  return out;
}

/** The media types of a `content` map, in document order. */
export function normalizeContent(ctx: NormalizeContext, content: unknown, pointer: string): MediaTypeModel[] {
  if (content === undefined) return [];
  if (!isRecord(content)) {
    warn(ctx, `Ignored the "content" at ${pointer}: it is not an object of media types.`, pointer);
    return [];
  }
  const out: MediaTypeModel[] = [];
  for (const [mediaType, raw] of Object.entries(content)) {
    const at = childPointer(pointer, mediaType);
    const media = isRecord(raw) ? raw : {};
    const model: { -readonly [K in keyof MediaTypeModel]: MediaTypeModel[K] } = {
      mediaType,
      examples: normalizeExamples(ctx, media.examples, childPointer(at, 'examples')),
    };
    if (media.schema !== undefined) model.schema = copySchema(ctx, media.schema, childPointer(at, 'schema'));
    if (media.example !== undefined) model.example = copyJson(ctx, media.example, childPointer(at, 'example'));
    out.push(model);
  }
  return out;
}

/** A response's media types: their schemas, without the examples (see ResponseMediaModel). */
function normalizeResponseContent(ctx: NormalizeContext, content: unknown, pointer: string): ResponseMediaModel[] {
  if (content === undefined) return [];
  if (!isRecord(content)) {
    warn(ctx, `Ignored the "content" at ${pointer}: it is not an object of media types.`, pointer);
    return [];
  }
  return Object.entries(content).map(([mediaType, raw]) => {
    const schema = isRecord(raw) ? raw.schema : undefined;
    return schema === undefined ? { mediaType } : { mediaType, schema: copySchema(ctx, schema, childPointer(pointer, mediaType, 'schema')) };
  });
}

/** The operation's request body, resolved through `$ref`; undefined when it has none or it is broken. */
export function normalizeRequestBody(ctx: NormalizeContext, raw: unknown, pointer: string): RequestBodyModel | undefined {
  if (raw === undefined) return undefined;
  const resolved = resolveRef(ctx, raw, pointer);
  if (resolved === undefined) return undefined;
  const body = resolved.value;
  const description = stringField(body, 'description');
  const content = normalizeContent(ctx, body.content, childPointer(resolved.pointer, 'content'));
  const required = body.required === true;
  return description === undefined ? { required, content } : { required, description, content };
}

/** The operation's responses in document order ("200", "4XX", "default"), each resolved through `$ref`. */
export function normalizeResponses(ctx: NormalizeContext, raw: unknown, pointer: string): ResponseModel[] {
  if (raw === undefined) return [];
  if (!isRecord(raw)) {
    warn(ctx, `Ignored the responses at ${pointer}: they are not an object keyed by status code.`, pointer);
    return [];
  }
  const out: ResponseModel[] = [];
  for (const [status, value] of Object.entries(raw)) {
    if (status.startsWith('x-')) continue;
    const resolved = resolveRef(ctx, value, childPointer(pointer, status));
    if (resolved === undefined) continue;
    const headers = normalizeResponseHeaders(ctx, resolved.value.headers, childPointer(resolved.pointer, 'headers'));
    const links = normalizeLinks(ctx, resolved.value.links, childPointer(resolved.pointer, 'links'));
    out.push({
      status,
      description: stringField(resolved.value, 'description') ?? '',
      content: normalizeResponseContent(ctx, resolved.value.content, childPointer(resolved.pointer, 'content')),
      ...(headers.length > 0 ? { headers } : {}),
      ...(links.length > 0 ? { links } : {}),
    });
  }
  return out;
}

/** A response's `headers` map, refs resolved; Content-Type is left out as OpenAPI says it is ignored there. */
export function normalizeResponseHeaders(ctx: NormalizeContext, raw: unknown, pointer: string): ResponseHeaderModel[] {
  if (raw === undefined) return [];
  if (!isRecord(raw)) {
    warn(ctx, `Ignored the response headers at ${pointer}: they are not an object keyed by header name.`, pointer);
    return [];
  }
  const out: ResponseHeaderModel[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (name.toLowerCase() === 'content-type') continue;
    const resolved = resolveRef(ctx, value, childPointer(pointer, name));
    if (resolved === undefined) continue;
    const header = resolved.value;
    const description = stringField(header, 'description');
    // A header may give its schema directly or, like a parameter, through a one-entry content map.
    const content = isRecord(header.content) ? Object.values(header.content)[0] : undefined;
    const rawSchema = header.schema ?? (isRecord(content) ? content.schema : undefined);
    const schemaAt = childPointer(resolved.pointer, header.schema === undefined ? 'content' : 'schema');
    out.push({
      name,
      required: header.required === true,
      ...(description === undefined ? {} : { description }),
      ...(rawSchema === undefined ? {} : { schema: copySchema(ctx, rawSchema, schemaAt) }),
    });
  }
  return out;
}
