import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../../shared/values/error-code';

describe('errorCode', () => {
  it("reads a Node error's errno name", () => {
    expect(errorCode(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBe('ENOENT');
  });

  it('gives undefined for anything else thrown', () => {
    for (const thrown of [null, undefined, 'ENOENT', 42, new Error('plain'), { code: 2 }, { code: { name: 'ENOENT' } }]) expect(errorCode(thrown)).toBeUndefined();
  });
});
