import { describe, it, expect } from 'vitest';
import { classifyMethod, describeIdempotency, describeMethodIdempotency } from '../../../../shared/idempotency/classify-method';

describe('classify-method', () => {
  it('classifies the RFC 9110 safe methods as safe', () => {
    expect(['GET', 'HEAD', 'OPTIONS', 'TRACE'].map(classifyMethod)).toEqual(['safe', 'safe', 'safe', 'safe']);
  });

  it('classifies PUT and DELETE as idempotent', () => {
    expect(classifyMethod('PUT')).toBe('idempotent');
    expect(classifyMethod('DELETE')).toBe('idempotent');
  });

  it('classifies POST, PATCH and unknown methods as not idempotent', () => {
    expect(classifyMethod('POST')).toBe('not-idempotent');
    expect(classifyMethod('PATCH')).toBe('not-idempotent');
    expect(classifyMethod('PROPFIND')).toBe('not-idempotent');
  });

  it('ignores case', () => {
    expect(classifyMethod('get')).toBe('safe');
    expect(classifyMethod('Delete')).toBe('idempotent');
  });

  it('explains each class in one line', () => {
    expect(describeIdempotency('safe')).toEqual({
      label: 'Safe',
      explanation: 'Safe: it only reads; sending it again changes nothing on the server.',
    });
    expect(describeIdempotency('idempotent').label).toBe('Idempotent');
    expect(describeIdempotency('not-idempotent').explanation).toContain('create two orders');
    for (const cls of ['safe', 'idempotent', 'not-idempotent'] as const) {
      expect(describeIdempotency(cls).explanation).not.toContain('\n');
    }
  });

  it('adds a note for PATCH only', () => {
    const patch = describeMethodIdempotency('patch');
    expect(patch.label).toBe('Not idempotent');
    expect(patch.note).toContain('merge patch');
    expect(patch.note).toContain('JSON Patch');
    expect(describeMethodIdempotency('POST').note).toBeUndefined();
  });
});
