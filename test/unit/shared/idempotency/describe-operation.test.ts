import { describe, it, expect } from 'vitest';
import { describeOperationIdempotency } from '../../../../shared/idempotency/describe-operation';

describe('describe-operation', () => {
  it('describes a plain POST as not idempotent, in practical terms', () => {
    const d = describeOperationIdempotency({ method: 'POST', idempotency: 'not-idempotent' });
    expect(d).toMatchObject({ mark: 'not-idempotent', label: 'Not idempotent' });
    expect(d.explanation).toMatch(/two orders/);
    expect(d.note).toBeUndefined();
  });

  it('marks an operation that declares a key as idempotent with a key, naming the header', () => {
    const d = describeOperationIdempotency({ method: 'POST', idempotency: 'not-idempotent', idempotencyKey: { header: 'Idempotency-Key', required: true } });
    expect(d.mark).toBe('idempotent-with-key');
    expect(d.label).toBe('Idempotent with a key');
    expect(d.explanation).toMatch(/^Idempotent with a key: the API accepts an Idempotency-Key header \(required\)/);
    expect(d.explanation).toMatch(/without a key, sending twice may do it twice/);
  });

  it('says honestly that a PATCH depends on the patch document', () => {
    const d = describeOperationIdempotency({ method: 'PATCH', idempotency: 'not-idempotent' });
    expect(d.note).toMatch(/JSON Merge Patch .* usually is; a JSON Patch that adds to an array is not/);
  });

  it('says when a vendor extension overrides the method', () => {
    const d = describeOperationIdempotency({ method: 'POST', idempotency: 'idempotent', idempotencyStatedBy: 'x-idempotent' });
    expect(d).toMatchObject({ mark: 'idempotent', label: 'Idempotent' });
    expect(d.note).toBe('The document states this with x-idempotent; the method alone would make it not idempotent.');
  });

  it('keeps the RFC wording for safe and idempotent methods', () => {
    expect(describeOperationIdempotency({ method: 'GET', idempotency: 'safe' }).explanation).toMatch(/^Safe: it only reads/);
    expect(describeOperationIdempotency({ method: 'DELETE', idempotency: 'idempotent' }).mark).toBe('idempotent');
  });
});
