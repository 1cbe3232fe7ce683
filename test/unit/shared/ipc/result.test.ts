import { describe, expect, it } from 'vitest';
import { fail, isErrorCode } from '../../../../shared/ipc/result';

describe('result', () => {
  it('knows the codes this version uses and no others', () => {
    expect(['connection-refused', 'host-unreachable', 'spec-syntax', 'broken-file', 'cancelled', 'invalid-input'].every(isErrorCode)).toBe(true);
    expect(['ECONNREFUSED', 'toString', '', 'Spec-Syntax'].some(isErrorCode)).toBe(false);
  });

  it('builds a failure with details only when given', () => {
    expect(fail('not-found', 'No such entry.')).toEqual({ ok: false, error: { code: 'not-found', message: 'No such entry.' } });
    expect(fail('bad-input', 'Wrong.', { field: 'url' })).toEqual({ ok: false, error: { code: 'bad-input', message: 'Wrong.', details: { field: 'url' } } });
  });
});
