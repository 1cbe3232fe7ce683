import { describe, it, expect } from 'vitest';
import type { ParameterModel } from '../../../../shared/model/api-model';
import { refineIdempotency } from '../../../../shared/idempotency/refine-from-spec';

function header(name: string, required = false): ParameterModel {
  return { name, in: 'header', required, deprecated: false, schema: { type: 'string' }, schemaType: 'string' };
}

describe('refine-from-spec', () => {
  it('keeps the method class when the document says nothing more', () => {
    expect(refineIdempotency('POST', {}, [])).toEqual({ idempotency: 'not-idempotent' });
    expect(refineIdempotency('PUT', {}, [])).toEqual({ idempotency: 'idempotent' });
  });

  it('reports a declared Idempotency-Key header with its spelling and requiredness', () => {
    expect(refineIdempotency('POST', {}, [header('Idempotency-Key')])).toEqual({
      idempotency: 'not-idempotent',
      idempotencyKey: { header: 'Idempotency-Key', required: false },
    });
    expect(refineIdempotency('PATCH', {}, [header('x-idempotency-key', true)]).idempotencyKey).toEqual({ header: 'x-idempotency-key', required: true });
  });

  it('ignores a query parameter that happens to be named like the header', () => {
    const query: ParameterModel = { ...header('Idempotency-Key'), in: 'query' };
    expect(refineIdempotency('POST', {}, [query])).toEqual({ idempotency: 'not-idempotent' });
  });

  it('honours x-idempotent both ways and says where the class came from', () => {
    expect(refineIdempotency('POST', { 'x-idempotent': true }, [])).toEqual({ idempotency: 'idempotent', idempotencyStatedBy: 'x-idempotent' });
    expect(refineIdempotency('PUT', { 'x-idempotent': false }, [])).toEqual({ idempotency: 'not-idempotent', idempotencyStatedBy: 'x-idempotent' });
    // Agreeing with the method is not an override.
    expect(refineIdempotency('DELETE', { 'x-idempotent': true }, [])).toEqual({ idempotency: 'idempotent' });
    expect(refineIdempotency('GET', { 'x-idempotent': true }, [])).toEqual({ idempotency: 'safe' });
  });

  it('ignores a non-boolean extension value', () => {
    expect(refineIdempotency('POST', { 'x-idempotent': 'yes' }, [])).toEqual({ idempotency: 'not-idempotent' });
  });

  it("reads Chargebee's extension as accepting its own key header", () => {
    expect(refineIdempotency('POST', { 'x-cb-is-operation-idempotent': true }, [])).toEqual({
      idempotency: 'not-idempotent',
      idempotencyKey: { header: 'chargebee-idempotency-key', required: false },
    });
  });

  it('keeps "with a key" when an extension says true and a key header is declared', () => {
    expect(refineIdempotency('POST', { 'x-idempotent': true }, [header('Idempotency-Key')])).toEqual({
      idempotency: 'not-idempotent',
      idempotencyKey: { header: 'Idempotency-Key', required: false },
    });
  });
});
