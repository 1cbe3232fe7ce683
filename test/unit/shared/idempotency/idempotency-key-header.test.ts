import { describe, it, expect } from 'vitest';
import { declaredIdempotencyKey, idempotencyKeyOf, isIdempotencyKeyHeader } from '../../../../shared/idempotency/idempotency-key-header';

describe('idempotency-key-header', () => {
  it('recognises the draft header and its X- spelling, in any case', () => {
    expect(isIdempotencyKeyHeader('Idempotency-Key')).toBe(true);
    expect(isIdempotencyKeyHeader('x-idempotency-key')).toBe(true);
    expect(isIdempotencyKeyHeader('X-Request-Id')).toBe(false);
  });

  it('finds the declared header among parameters', () => {
    const param = { name: 'Idempotency-Key', in: 'header' as const, required: true, deprecated: false, schema: {}, schemaType: 'string' };
    expect(declaredIdempotencyKey([param])).toEqual({ header: 'Idempotency-Key', required: true });
    expect(declaredIdempotencyKey([])).toBeUndefined();
  });

  it('reads the key a request carries, ignoring a blank one', () => {
    expect(idempotencyKeyOf([{ name: 'idempotency-key', value: ' k1 ' }])).toBe('k1');
    expect(idempotencyKeyOf([{ name: 'Idempotency-Key', value: '' }])).toBeUndefined();
    expect(idempotencyKeyOf([])).toBeUndefined();
  });
});
