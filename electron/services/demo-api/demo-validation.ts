import { ITEM_STATUSES } from './demo-store';
import type { ItemInput, ItemPatch, ItemStatus, ListFilter } from './demo-store';
import { isRecord } from '../../../shared/values/is-record';

/** The outcome of checking client input: the typed value, or the first offending field and why. */
export type Validation<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

type Failure = { ok: false; field: string; message: string };

/** Deep enough for any real category tree, shallow enough that a hostile body cannot blow the stack. */
export const MAX_CATEGORY_DEPTH = 16;

const INPUT_FIELDS = ['name', 'price', 'tags', 'status', 'note', 'category'] as const;
type InputField = (typeof INPUT_FIELDS)[number];
const READ_ONLY_FIELDS = ['id', 'createdAt'];

/** Checks a body for POST /items or PUT /items/{itemId}: `name` and `price` are required. */
export function validateItemInput(body: unknown): Validation<ItemInput> {
  const shape = checkShape(body);
  if (!shape.ok) return shape;
  for (const field of ['name', 'price'] as const) {
    if (!(field in shape.value)) return fail(field, `Field '${field}' is required.`);
  }
  const problem = checkFields(shape.value, false);
  return problem ?? { ok: true, value: shape.value as unknown as ItemInput };
}

/** Checks a body for PATCH /items/{itemId}: every field optional, `null` allowed only where it means something. */
export function validateItemPatch(body: unknown): Validation<ItemPatch> {
  const shape = checkShape(body);
  if (!shape.ok) return shape;
  const problem = checkFields(shape.value, true);
  return problem ?? { ok: true, value: shape.value as ItemPatch };
}

/** Checks the query of GET /items: `status` from the enum, `limit` an integer 1..100 (default 20), `tag` any text. */
export function validateListQuery(params: URLSearchParams): Validation<ListFilter> {
  const filter: ListFilter = { limit: 20 };
  const status = params.get('status');
  if (status !== null) {
    if (!isStatus(status)) return fail('status', `Query parameter 'status' must be one of ${ITEM_STATUSES.join(', ')} (got ${describe(status)}).`);
    filter.status = status;
  }
  const limit = params.get('limit');
  if (limit !== null) {
    const value = /^[0-9]{1,3}$/.test(limit) ? Number(limit) : NaN;
    if (!(value >= 1 && value <= 100)) return fail('limit', `Query parameter 'limit' must be an integer from 1 to 100 (got ${describe(limit)}).`);
    filter.limit = value;
  }
  const tag = params.get('tag');
  // An empty `?tag=` is what a form sends for an untouched field: treat it as "no filter".
  if (tag !== null && tag !== '') filter.tag = tag;
  return { ok: true, value: filter };
}

function checkShape(body: unknown): Validation<Record<string, unknown>> {
  if (!isRecord(body)) return fail('', `The request body must be a JSON object describing an item (got ${describeType(body)}).`);
  for (const key of Object.keys(body)) {
    if (READ_ONLY_FIELDS.includes(key)) return fail(key, `Field '${key}' is read-only: the server sets it, so leave it out of the request body.`);
    if (!(INPUT_FIELDS as readonly string[]).includes(key)) {
      return fail(key, `Unknown field '${key}'. Allowed fields: ${INPUT_FIELDS.join(', ')}.`);
    }
  }
  return { ok: true, value: body };
}

function checkFields(body: Record<string, unknown>, isPatch: boolean): Failure | undefined {
  for (const field of INPUT_FIELDS) {
    if (!(field in body)) continue;
    const value = body[field];
    if (value === null && isPatch && field === 'category') continue;
    const problem = checkField(field, value);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function checkField(field: InputField, value: unknown): Failure | undefined {
  switch (field) {
    case 'name':
      return typeof value === 'string' && value.length > 0 ? undefined : mismatch(field, 'a non-empty string', value);
    case 'price':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? undefined
        : mismatch(field, 'a number greater than or equal to 0', value);
    case 'tags': {
      if (!Array.isArray(value)) return mismatch(field, 'an array of strings', value);
      const index = value.findIndex((tag) => typeof tag !== 'string');
      return index === -1 ? undefined : mismatch(`tags[${index}]`, 'a string', value[index]);
    }
    case 'status':
      return isStatus(value) ? undefined : mismatch(field, `one of ${ITEM_STATUSES.join(', ')}`, value);
    case 'note':
      return value === null || typeof value === 'string' ? undefined : mismatch(field, 'a string or null', value);
    case 'category':
      return checkCategory(value, 'category', 1);
  }
}

function checkCategory(value: unknown, path: string, depth: number): Failure | undefined {
  if (depth > MAX_CATEGORY_DEPTH) return fail(path, `Field '${path}' nests categories deeper than ${MAX_CATEGORY_DEPTH} levels.`);
  if (!isRecord(value)) return mismatch(path, 'a category object with a name', value);
  const unknownKey = Object.keys(value).find((key) => key !== 'name' && key !== 'children');
  if (unknownKey !== undefined) return fail(`${path}.${unknownKey}`, `Unknown field '${path}.${unknownKey}'. A category has only name and children.`);
  if (!('name' in value)) return fail(`${path}.name`, `Field '${path}.name' is required.`);
  if (typeof value.name !== 'string' || value.name.length === 0) return mismatch(`${path}.name`, 'a non-empty string', value.name);
  if (!('children' in value)) return undefined;
  const children = value.children;
  if (!Array.isArray(children)) return mismatch(`${path}.children`, 'an array of categories', children);
  for (const [index, child] of children.entries()) {
    const problem = checkCategory(child, `${path}.children[${index}]`, depth + 1);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function isStatus(value: unknown): value is ItemStatus {
  return typeof value === 'string' && (ITEM_STATUSES as readonly string[]).includes(value);
}

function mismatch(field: string, expected: string, value: unknown): Failure {
  return fail(field, `Field '${field}' must be ${expected} (got ${describe(value)}).`);
}

function fail(field: string, message: string): Failure {
  return { ok: false, field, message };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'object' && value !== null) return describeType(value);
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
