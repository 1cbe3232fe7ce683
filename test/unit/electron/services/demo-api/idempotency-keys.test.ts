import { describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_KEY_TTL_MS,
  IdempotencyKeys,
  fingerprintBody,
  parseIdempotencyKey,
} from '../../../../../electron/services/demo-api/idempotency-keys';
import type { StoredResponse } from '../../../../../electron/services/demo-api/idempotency-keys';

const response: StoredResponse = { status: 201, body: { id: 'a1' }, headers: { Location: 'http://h/items/a1' } };

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('idempotency-keys', () => {
  it('reserves a new key, then replays the stored response for the same fingerprint', () => {
    const keys = new IdempotencyKeys();
    expect(keys.begin('k', 'f1')).toEqual({ kind: 'new' });
    keys.complete('k', response);
    expect(keys.begin('k', 'f1')).toEqual({ kind: 'replay', response });
  });

  it('reports a mismatch when the key comes back with another fingerprint', () => {
    const keys = new IdempotencyKeys();
    keys.begin('k', 'f1');
    keys.complete('k', response);
    expect(keys.begin('k', 'f2')).toEqual({ kind: 'mismatch' });
  });

  it('reports in-progress while the first request with the key has not completed', () => {
    const keys = new IdempotencyKeys();
    keys.begin('k', 'f1');
    expect(keys.begin('k', 'f1')).toEqual({ kind: 'in-progress' });
  });

  it('frees a released key but never a completed one', () => {
    const keys = new IdempotencyKeys();
    keys.begin('k', 'f1');
    keys.release('k');
    expect(keys.begin('k', 'f2')).toEqual({ kind: 'new' });
    keys.complete('k', response);
    keys.release('k');
    expect(keys.begin('k', 'f2').kind).toBe('replay');
  });

  it('forgets keys after 24 hours, lazily on the next use', () => {
    const time = clock();
    const keys = new IdempotencyKeys({ now: time.now });
    keys.begin('k', 'f1');
    keys.complete('k', response);
    time.advance(IDEMPOTENCY_KEY_TTL_MS - 1);
    expect(keys.begin('k', 'f2')).toEqual({ kind: 'mismatch' });
    time.advance(1);
    expect(keys.size).toBe(1);
    expect(keys.begin('k', 'f2')).toEqual({ kind: 'new' });
    expect(IDEMPOTENCY_KEY_TTL_MS).toBe(86_400_000);
  });

  it('drops the oldest key when the bound is reached', () => {
    const keys = new IdempotencyKeys({ maxKeys: 2 });
    for (const key of ['a', 'b', 'c']) {
      keys.begin(key, 'f');
      keys.complete(key, response);
    }
    expect(keys.size).toBe(2);
    expect(keys.begin('a', 'other')).toEqual({ kind: 'new' });
    expect(keys.begin('c', 'other')).toEqual({ kind: 'mismatch' });
  });

  it('hands out copies, so a caller cannot change the stored response', () => {
    const keys = new IdempotencyKeys();
    keys.begin('k', 'f');
    const stored = structuredClone(response);
    keys.complete('k', stored);
    stored.headers.Location = 'changed';
    const replay = keys.begin('k', 'f');
    expect(replay.kind === 'replay' && replay.response.headers.Location).toBe('http://h/items/a1');
  });

  it('parses quoted Structured Field strings and bare values', () => {
    expect(parseIdempotencyKey(undefined)).toEqual({ ok: true, key: undefined });
    expect(parseIdempotencyKey([])).toEqual({ ok: true, key: undefined });
    expect(parseIdempotencyKey('"8e03978e-40d5"')).toEqual({ ok: true, key: '8e03978e-40d5' });
    expect(parseIdempotencyKey(['"a \\"b\\" \\\\c"'])).toEqual({ ok: true, key: 'a "b" \\c' });
    expect(parseIdempotencyKey(' order-1 ')).toEqual({ ok: true, key: 'order-1' });
  });

  it.each([
    ['an unterminated quote', '"abc'],
    ['an empty value', '""'],
    ['a value over 255 characters', 'x'.repeat(256)],
    ['non-ASCII text', 'clé'],
    ['two headers', ['a', 'b']],
  ])('rejects %s', (_label, header) => {
    const parsed = parseIdempotencyKey(header);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/Idempotency-Key/);
  });

  it('fingerprints JSON independently of key order but not of values', () => {
    expect(fingerprintBody({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(fingerprintBody({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(fingerprintBody({ a: 1 })).not.toBe(fingerprintBody({ a: 2 }));
    expect(fingerprintBody([1, 2])).not.toBe(fingerprintBody([2, 1]));
    expect(fingerprintBody({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});
