/**
 * Body fields that name another resource by its id ("book_id", "bookId" -> /books/{book_id}): verify
 * fills them with the id of a resource the API itself created or listed, so that a request that
 * needs an existing resource (POST /loans with a book) can succeed instead of answering 404.
 */
import type { ApiModel, JsonSchema } from '../model/api-model';
import { resolveNode } from '../schema-form/resolve-node';
import { isRecord } from '../values/is-record';

export interface BodyReference {
  readonly field: string;
  /** The item path of the resource the field names: "/books/{book_id}". */
  readonly itemPath: string;
  /** The field takes a number (an integer id): the id is sent as one. */
  readonly numeric: boolean;
}

/** The top-level body fields of `schema` that name a resource of `model` by id. */
export function bodyReferences(schema: JsonSchema | undefined, model: Pick<ApiModel, 'operations' | 'schemaDefs'>): BodyReference[] {
  const properties = resolveNode(schema, model.schemaDefs).schema.properties;
  if (!isRecord(properties)) return [];
  const out: BodyReference[] = [];
  for (const [field, property] of Object.entries(properties)) {
    const noun = /^(.+?)_?id$/i.exec(field)?.[1]?.toLowerCase();
    if (noun === undefined || noun === '') continue;
    const wanted = new Set([`${noun}s`, `${noun}es`, noun]);
    const itemPath = model.operations.map((op) => op.path).find((path) => {
      const match = /^\/([^/{}]+)\/\{[^{}/]+\}$/.exec(path);
      return match?.[1] !== undefined && wanted.has(match[1].toLowerCase());
    });
    if (itemPath === undefined) continue;
    const type = resolveNode(property, model.schemaDefs).schema.type;
    out.push({ field, itemPath, numeric: type === 'integer' || type === 'number' });
  }
  return out;
}

/** The body value with each reference it holds set to its found id (fields it leaves out stay out). */
export function withReferencedIds(body: unknown, ids: readonly { readonly reference: BodyReference; readonly id: string }[]): unknown {
  if (!isRecord(body) || ids.length === 0) return body;
  const out: Record<string, unknown> = { ...body };
  for (const { reference, id } of ids) if (Object.prototype.hasOwnProperty.call(out, reference.field)) out[reference.field] = reference.numeric && Number.isFinite(Number(id)) ? Number(id) : id;
  return out;
}
