import { describe, expect, it } from 'vitest';
import { CookieJar } from 'tough-cookie';
import { sendCookies } from '../../../../../electron/services/cookies/send-cookies';

const setCookie = (value: string) => [{ name: 'Set-Cookie', value }];

function jarWith(url: string, ...values: string[]) {
  const hooks = sendCookies(new CookieJar());
  for (const value of values) hooks.store(url, setCookie(value));
  return hooks;
}

describe('send-cookies', () => {
  it('sends a host-only cookie to its host only, a Domain cookie to its sub-domains too', () => {
    const jar = jarWith('https://api.example.com/login', 'host=1', 'wide=2; Domain=example.com');
    expect(jar.cookieHeader('https://api.example.com/')).toBe('host=1; wide=2');
    expect(jar.cookieHeader('https://www.example.com/')).toBe('wide=2');
    expect(jar.cookieHeader('https://example.org/')).toBe('');
  });

  it('refuses a cookie for another domain or a public suffix', () => {
    const jar = jarWith('https://api.example.com/', 'a=1; Domain=other.org', 'b=2; Domain=com');
    expect(jar.cookieHeader('https://other.org/')).toBe('');
    expect(jar.cookieHeader('https://api.example.com/')).toBe('');
  });

  it('sends a cookie only under its path, more specific paths first', () => {
    const jar = jarWith('https://a.test/api/login', 'root=1; Path=/', 'api=2; Path=/api');
    expect(jar.cookieHeader('https://a.test/api/items')).toBe('api=2; root=1');
    expect(jar.cookieHeader('https://a.test/apix')).toBe('root=1');
    expect(jar.cookieHeader('https://a.test/')).toBe('root=1');
  });

  it('sends a Secure cookie over https only, and does not take one from http', () => {
    const jar = jarWith('https://a.test/', 'sec=1; Secure');
    expect(jar.cookieHeader('http://a.test/')).toBe('');
    expect(jar.cookieHeader('https://a.test/')).toBe('sec=1');
    expect(jarWith('http://b.test/', 'sec=1; Secure').cookieHeader('https://b.test/')).toBe('');
  });

  it('sends HttpOnly cookies (requests are HTTP, not scripts) and ones of every SameSite value', () => {
    const jar = jarWith('https://a.test/', 'h=1; HttpOnly', 's=2; SameSite=Strict', 'l=3; SameSite=Lax', 'n=4; SameSite=None; Secure');
    expect(jar.cookieHeader('https://a.test/').split('; ').sort()).toEqual(['h=1', 'l=3', 'n=4', 's=2']);
  });

  it('forgets a cookie that expired or that the server deleted', () => {
    const jar = jarWith('https://a.test/', 'old=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT', 'sid=abc', 'keep=1; Max-Age=3600');
    expect(jar.cookieHeader('https://a.test/')).toBe('sid=abc; keep=1');
    jar.store('https://a.test/', setCookie('sid=; Max-Age=0'));
    expect(jar.cookieHeader('https://a.test/')).toBe('keep=1');
  });

  it('tells the owner when an answer changed the jar, and not for a refused cookie', () => {
    let changes = 0;
    const jar = sendCookies(new CookieJar(), () => (changes += 1));
    jar.store('https://a.test/', [{ name: 'Content-Type', value: 'text/plain' }, ...setCookie('x=1; Domain=b.test')]);
    expect(changes).toBe(0);
    jar.store('https://a.test/', setCookie('x=1'));
    expect(changes).toBe(1);
  });

  it('sends a cookie put into the jar outside the hooks (the Cookies drawer), and none once it is cleared', () => {
    const jar = new CookieJar();
    const hooks = sendCookies(jar);
    expect(hooks.cookieHeader('https://a.test/')).toBe('');
    jar.setCookieSync('typed=1', 'https://a.test/');
    expect(hooks.cookieHeader('https://a.test/')).toBe('typed=1');
    jar.removeAllCookiesSync();
    expect(hooks.cookieHeader('https://a.test/')).toBe('');
  });
});
