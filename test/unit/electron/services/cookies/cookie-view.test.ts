import { describe, expect, it } from 'vitest';
import { Cookie } from 'tough-cookie';
import { cookieFromView, cookieView } from '../../../../../electron/services/cookies/cookie-view';

describe('cookie-view', () => {
  it('shows a session cookie without an expiry, and Max-Age or Expires as a time', () => {
    expect(cookieView(Cookie.parse('sid=1') as Cookie).expires).toBeUndefined();
    const aged = cookieView(Cookie.parse('sid=1; Max-Age=60') as Cookie);
    expect(Date.parse(aged.expires ?? '') - Date.now()).toBeGreaterThan(50_000);
    expect(cookieView(Cookie.parse('sid=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Secure; HttpOnly; SameSite=Strict') as Cookie)).toMatchObject({ expires: '2037-10-21T07:28:00.000Z', secure: true, httpOnly: true, sameSite: 'strict' });
  });

  it('turns an edit back into a cookie, and names the field that cannot be used', () => {
    const cookie = cookieFromView({ name: 'sid', value: 'x', domain: '.Example.com', hostOnly: false, path: '/api', expires: '2030-01-31T12:00:00Z', secure: true, httpOnly: false, sameSite: 'lax' });
    expect(cookieView(cookie)).toMatchObject({ domain: 'example.com', hostOnly: false, path: '/api', expires: '2030-01-31T12:00:00.000Z', sameSite: 'lax' });
    const base = { value: 'x', domain: 'a.test', hostOnly: true, path: '/', secure: false, httpOnly: false, sameSite: 'unset' } as const;
    expect(() => cookieFromView({ ...base, name: 'a b' })).toThrow(/cannot be a cookie name/);
    expect(() => cookieFromView({ ...base, name: 'a', value: 'x;y' })).toThrow(/holds ";"/);
    expect(() => cookieFromView({ ...base, name: 'a', domain: 'https://a.test' })).toThrow(/not a domain/);
    expect(() => cookieFromView({ ...base, name: 'a', path: 'api' })).toThrow(/must start with "\/"/);
    expect(() => cookieFromView({ ...base, name: 'a', expires: 'soon' })).toThrow(/not a date/);
  });
});
