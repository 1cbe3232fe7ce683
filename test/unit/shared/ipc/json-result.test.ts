import { describe, expect, it } from 'vitest';
import { jsonValueResult, unwrapJsonResult } from '../../../../shared/ipc/json-result';

describe('json-result', () => {
  it('turns an envelope back into the Result the contract promises', () => {
    const value = { model: { title: 'Pets', operations: [{ key: 'GET /pets' }] }, validationId: 'v1' };
    expect(unwrapJsonResult(jsonValueResult(JSON.stringify(value)))).toEqual({ ok: true, value });
  });

  it('passes every other answer through untouched, and reports unreadable text as a failed Result', () => {
    const plain = { ok: true, value: { valueJson: 'not an envelope: the value is inside' } };
    expect(unwrapJsonResult(plain)).toBe(plain);
    const failed = { ok: false, error: { code: 'x', message: 'y' } };
    expect(unwrapJsonResult(failed)).toBe(failed);
    expect(unwrapJsonResult(null)).toBeNull();
    expect(unwrapJsonResult({ ok: true, valueJson: '{"cut' })).toMatchObject({ ok: false, error: { code: 'ipc-failed' } });
  });
});
