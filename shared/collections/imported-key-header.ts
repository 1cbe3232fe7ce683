/**
 * An imported request's Idempotency-Key header (or X-Idempotency-Key) is its idempotency key, not a
 * header like any other and never a credential: the literal value is kept as a fixed key, and
 * Postman's {{$guid}} or {{$randomUUID}} means a fresh key for each run (the "auto" policy).
 */
import { isIdempotencyKeyHeader } from '../idempotency/idempotency-key-header';
import type { SavedRequest } from './format-v1';

const FRESH_EACH_TIME = /^\{\{\s*\$(guid|randomUUID|uuid)\s*\}\}$/;

/** The request with its first enabled idempotency-key header turned into `idempotencyKey` (unless it has one already). */
export function keyHeaderAsIdempotencyKey(request: SavedRequest): SavedRequest {
  if (request.idempotencyKey !== undefined) return request;
  const header = request.headers.find((h) => h.disabled !== true && isIdempotencyKeyHeader(h.name));
  if (header === undefined) return request;
  const value = header.value.trim();
  const idempotencyKey: NonNullable<SavedRequest['idempotencyKey']> = FRESH_EACH_TIME.test(value) || value === '' ? { policy: 'auto', header: header.name } : { policy: 'fixed', header: header.name, value };
  return { ...request, headers: request.headers.filter((h) => h !== header), idempotencyKey };
}
