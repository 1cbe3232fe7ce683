/**
 * A request's Idempotency-Key header (or X-Idempotency-Key) is its idempotency key, not a header
 * like any other and never a credential. On import the literal value is kept as a fixed key, and
 * Postman's {{$guid}} or {{$randomUUID}} means a fresh key for each run (the "auto" policy); on
 * export the key goes back into a header.
 */
import { IDEMPOTENCY_KEY_HEADER, isIdempotencyKeyHeader } from '../idempotency/idempotency-key-header';
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

/** The header an export writes for the request's key: a fixed key as it is, "auto" as `fresh` (Postman's {{$guid}}), none when off or when `fresh` is not given. */
export function idempotencyKeyAsHeader(request: SavedRequest, fresh?: string): { name: string; value: string } | undefined {
  const key = request.idempotencyKey;
  if (key === undefined || key.policy === 'off' || request.headers.some((h) => isIdempotencyKeyHeader(h.name))) return undefined;
  const name = key.header ?? IDEMPOTENCY_KEY_HEADER;
  if (key.policy === 'fixed') return key.value === undefined || key.value === '' ? undefined : { name, value: key.value };
  return fresh === undefined ? undefined : { name, value: fresh };
}
