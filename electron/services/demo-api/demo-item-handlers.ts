import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoStore, Item } from './demo-store';
import type { IdempotencyKeys, StoredResponse } from './idempotency-keys';
import { fingerprintBody, parseIdempotencyKey } from './idempotency-keys';
import { HttpProblem, readJsonBody, sendJson, sendNoContent } from './demo-http';
import type { Validation } from './demo-validation';
import { validateItemInput, validateItemPatch, validateListQuery } from './demo-validation';

/** What the handlers share for one running demo server. */
export interface DemoContext {
  store: DemoStore;
  keys: IdempotencyKeys;
  /** e.g. http://127.0.0.1:53123, used to build absolute Location headers. */
  baseUrl: string;
}

const JSON_TYPES = ['application/json'] as const;
// RFC 7396 merge patch is what PATCH means here; plain JSON is accepted too because most clients send it.
const PATCH_TYPES = ['application/merge-patch+json', 'application/json'] as const;

/** GET /items: filtered by `status` and `tag`, at most `limit` items. */
export function listItems(ctx: DemoContext, res: ServerResponse, query: URLSearchParams): void {
  const filter = valid(validateListQuery(query));
  sendJson(res, 200, ctx.store.list(filter));
}

/** POST /items: creates an item, honouring an optional Idempotency-Key so retries do not create duplicates. */
export async function createItem(ctx: DemoContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const parsedKey = parseIdempotencyKey(req.headersDistinct['idempotency-key']);
  if (!parsedKey.ok) throw new HttpProblem(400, 'invalid_idempotency_key', parsedKey.message, 'Idempotency-Key');
  const body = await readJsonBody(req, JSON_TYPES);
  // Validation comes first: an invalid body creates nothing, so it does not use up the key either.
  const input = valid(validateItemInput(body));
  const key = parsedKey.key;
  if (key === undefined) {
    send(res, created(ctx, ctx.store.create(input)));
    return;
  }
  const lookup = ctx.keys.begin(key, fingerprintBody(body));
  switch (lookup.kind) {
    case 'replay':
      send(res, lookup.response, { 'Idempotent-Replayed': 'true' });
      return;
    case 'mismatch':
      throw new HttpProblem(
        422,
        'idempotency_key_reused',
        `Idempotency-Key '${key}' was already used with a different request body. Resend the original body to get the original response, or use a new key for a new item.`,
        'Idempotency-Key',
      );
    case 'in-progress':
      // Unreachable today: begin() to complete() runs synchronously, so no second request can
      // interleave. Kept because the draft requires it and a slower store would make it real.
      throw new HttpProblem(409, 'idempotency_key_in_use', `A request with Idempotency-Key '${key}' is still being processed. Retry once it has finished.`, 'Idempotency-Key');
    case 'new':
      break;
  }
  try {
    const response = created(ctx, ctx.store.create(input));
    ctx.keys.complete(key, response);
    send(res, response);
  } catch (error) {
    ctx.keys.release(key);
    throw error;
  }
}

/** GET /items/{itemId}. */
export function getItem(ctx: DemoContext, res: ServerResponse, id: string): void {
  sendJson(res, 200, found(ctx.store.get(id), id));
}

/** PUT /items/{itemId}: replaces the item with a full ItemInput. */
export async function replaceItem(ctx: DemoContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  found(ctx.store.get(id), id);
  const input = valid(validateItemInput(await readJsonBody(req, JSON_TYPES)));
  sendJson(res, 200, found(ctx.store.replace(id, input), id));
}

/** PATCH /items/{itemId}: merges the given fields into the item. */
export async function updateItem(ctx: DemoContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  found(ctx.store.get(id), id);
  const patch = valid(validateItemPatch(await readJsonBody(req, PATCH_TYPES, 'Accept-Patch')));
  sendJson(res, 200, found(ctx.store.update(id, patch), id));
}

/** DELETE /items/{itemId}: 204 with no body. */
export function deleteItem(ctx: DemoContext, res: ServerResponse, id: string): void {
  if (!ctx.store.remove(id)) throw notFound(id);
  sendNoContent(res);
}

function created(ctx: DemoContext, item: Item): StoredResponse {
  return { status: 201, body: item, headers: { Location: `${ctx.baseUrl}/items/${encodeURIComponent(item.id)}` } };
}

function send(res: ServerResponse, response: StoredResponse, extra: Record<string, string> = {}): void {
  sendJson(res, response.status, response.body, { ...response.headers, ...extra });
}

function valid<T>(result: Validation<T>): T {
  if (!result.ok) throw new HttpProblem(422, 'validation_failed', result.message, result.field);
  return result.value;
}

function found(item: Item | undefined, id: string): Item {
  if (item === undefined) throw notFound(id);
  return item;
}

function notFound(id: string): HttpProblem {
  return new HttpProblem(404, 'not_found', `No item with id '${id}'. GET /items lists the items that exist.`);
}
