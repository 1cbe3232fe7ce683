import { describe, expect, it } from 'vitest';
import { heldForOriginMessage, originOf, runOriginRefusal, tokenOriginDecision, unboundKeptToken, withOrigins } from '../../../../shared/auth/token-origins';

describe('token-origins', () => {
  it('takes scheme, host and port of an http(s) URL, default ports left out', () => {
    expect(originOf('https://API.example.com/v1/items?x=1')).toBe('https://api.example.com');
    expect(originOf('https://api.example.com:443/v1')).toBe('https://api.example.com');
    expect(originOf('http://127.0.0.1:8000/me')).toBe('http://127.0.0.1:8000');
    expect(originOf('http://user:pw@127.0.0.1:8000/me')).toBe('http://127.0.0.1:8000');
    expect(originOf('/relative/path')).toBeUndefined();
    expect(originOf('file:///etc/passwd')).toBeUndefined();
    expect(originOf('{{baseUrl}}/me')).toBeUndefined();
  });

  it('adds origins normalized, in order, without repeats or invalid ones', () => {
    expect(withOrigins(undefined, 'http://127.0.0.1:8000/a', 'http://127.0.0.1:8000/b', 'not a url', undefined, 'https://b.example')).toEqual(['http://127.0.0.1:8000', 'https://b.example']);
    expect(withOrigins(['https://a.example'], 'https://a.example/x')).toEqual(['https://a.example']);
  });

  it('sends a token only to an origin it is bound to', () => {
    expect(tokenOriginDecision(['https://api.example.com'], 'https://api.example.com/me')).toEqual({ send: true });
    // Another port, scheme or host is another origin.
    expect(tokenOriginDecision(['https://api.example.com'], 'http://api.example.com/me')).toEqual({ send: false, origin: 'http://api.example.com', boundTo: ['https://api.example.com'] });
    expect(tokenOriginDecision(['https://api.example.com'], 'https://api.example.com:8443/me')).toMatchObject({ send: false, origin: 'https://api.example.com:8443' });
    expect(tokenOriginDecision(['https://api.example.com'], 'https://api.example.com.evil.test/me')).toMatchObject({ send: false, origin: 'https://api.example.com.evil.test' });
  });

  it('treats a token kept before origins were recorded as bound to none, never adopting the first origin asked for', () => {
    expect(tokenOriginDecision(undefined, 'https://evil.test/me')).toEqual({ send: false, origin: 'https://evil.test', boundTo: [] });
    expect(tokenOriginDecision([], 'https://api.example.com/me')).toEqual({ send: false, origin: 'https://api.example.com', boundTo: [] });
  });

  it('holds a URL with no http(s) origin, since none could have been allowed', () => {
    expect(tokenOriginDecision(['https://api.example.com'], 'ftp://api.example.com/x')).toEqual({ send: false, boundTo: ['https://api.example.com'] });
  });

  it('names the new origin and where the token went in the app and in runs', () => {
    const held = { send: false as const, origin: 'https://evil.test', boundTo: ['https://api.example.com'] };
    expect(heldForOriginMessage(held)).toBe('Not sent: this request goes to https://evil.test, and the kept OAuth token for these login settings was only used with https://api.example.com. Allow https://evil.test if that API should get the token, or log in again from this request.');
    expect(runOriginRefusal(held, { tokenUrl: 'https://id.example.com/token', clientId: 'cli' })).toBe(
      'The kept OAuth token for client "cli" at https://id.example.com/token was only used with https://api.example.com, so it is not sent to https://evil.test. If that API should get it, send a request to it once in Roundtrip and allow https://evil.test, or run with --allow-token-origin https://evil.test.',
    );
    expect(heldForOriginMessage({ ...held, boundTo: [] })).toContain('has not been allowed for any API yet');
  });

  it('finds a kept token a request carries to an origin it is not bound to, in a header or the URL', () => {
    const kept = { accessToken: 'kept-access-token-0123456789', origins: ['https://api.example.com'] };
    const bearer = (url: string) => ({ url, headers: [{ name: 'Authorization', value: `Bearer ${kept.accessToken}` }] });
    expect(unboundKeptToken(bearer('https://api.example.com/me'), [kept])).toBeUndefined();
    expect(unboundKeptToken(bearer('https://evil.test/me'), [kept])).toEqual({ token: kept, decision: { send: false, origin: 'https://evil.test', boundTo: ['https://api.example.com'] } });
    expect(unboundKeptToken({ url: `https://evil.test/me?access_token=${kept.accessToken}`, headers: [] }, [kept])?.decision.origin).toBe('https://evil.test');
    // A request that carries no kept token, or one too short to tell from chance, is not this check's business.
    expect(unboundKeptToken({ url: 'https://evil.test/me', headers: [{ name: 'Authorization', value: 'Bearer typed-by-hand-token' }] }, [kept])).toBeUndefined();
    expect(unboundKeptToken({ url: 'https://evil.test/a', headers: [] }, [{ accessToken: 'a', origins: [] }])).toBeUndefined();
  });

  it('finds a kept token percent-encoded in the URL, base64-encoded in a header, or in the body', () => {
    const kept = { accessToken: 'kept/access+token=0123456789', origins: ['https://api.example.com'] };
    const to = (url: string, more: { headers?: { name: string; value: string }[]; body?: { text: string } }) => unboundKeptToken({ url, headers: more.headers ?? [], ...(more.body ? { body: more.body } : {}) }, [kept])?.decision.origin;
    expect(to(`https://evil.test/me?access_token=${encodeURIComponent(kept.accessToken)}`, {})).toBe('https://evil.test');
    expect(to('https://evil.test/me', { headers: [{ name: 'Authorization', value: `Basic ${Buffer.from(`x:${kept.accessToken}`).toString('base64')}` }] })).toBe('https://evil.test');
    expect(to('https://evil.test/me', { body: { text: JSON.stringify({ token: kept.accessToken }) } })).toBe('https://evil.test');
    expect(to('https://evil.test/me', { body: { text: `token=${encodeURIComponent(kept.accessToken)}` } })).toBe('https://evil.test');
    // Where it is bound, it goes in any form.
    expect(to('https://api.example.com/me', { body: { text: JSON.stringify({ token: kept.accessToken }) } })).toBeUndefined();
  });
});
