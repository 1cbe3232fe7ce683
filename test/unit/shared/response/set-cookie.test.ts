import { describe, expect, it } from 'vitest';
import { parseSetCookie } from '../../../../shared/response/set-cookie';

describe('set-cookie', () => {
  it('splits name, value and attributes', () => {
    expect(parseSetCookie('sid=a=b; Path=/; HttpOnly; SameSite=Lax')).toEqual({
      name: 'sid',
      value: 'a=b',
      attributes: [{ name: 'Path', value: '/' }, { name: 'HttpOnly' }, { name: 'SameSite', value: 'Lax' }],
    });
  });

  it('keeps a bare value with an empty name', () => {
    expect(parseSetCookie('token')).toEqual({ name: '', value: 'token', attributes: [] });
  });
});
