import { describe, expect, it } from 'vitest';
import { addedByLabel, headHeaders, wireHeaders } from '../../../../shared/request/wire-headers';

const head = 'POST /items?a=1 HTTP/1.1\r\nAccept: application/json, text/plain, */*\r\nContent-Type: application/json\r\nAuthorization: Bearer tok-123456\r\nX-Note: has tok-123456 inside\r\nUser-Agent: Roundtrip/0.1\r\nContent-Length: 2\r\nHost: 127.0.0.1:8000\r\nConnection: keep-alive\r\n\r\n';

describe('wire-headers', () => {
  it('reads the header lines of a written request head, in order, values as written', () => {
    expect(headHeaders(head).map((header) => header.name)).toEqual(['Accept', 'Content-Type', 'Authorization', 'X-Note', 'User-Agent', 'Content-Length', 'Host', 'Connection']);
    expect(headHeaders('GET / HTTP/1.1\r\nX-Colon: a: b\r\nX-Empty:\r\n\r\nbody: not a header')).toEqual([
      { name: 'X-Colon', value: 'a: b' },
      { name: 'X-Empty', value: '' },
    ]);
    expect(headHeaders('')).toEqual([]);
  });

  it('marks what the request did not set as added by the HTTP client, and masks credentials by name and by value', () => {
    const built = [
      { name: 'content-type', value: 'application/json' },
      { name: 'Authorization', value: 'Bearer tok-123456' },
      { name: 'X-Note', value: 'has tok-123456 inside' },
    ];
    expect(wireHeaders(headHeaders(head), { built, jarCookies: false, secrets: ['tok-123456'] })).toEqual([
      { name: 'Accept', value: 'application/json, text/plain, */*', addedBy: 'http-client' },
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Authorization', value: '[redacted]', redacted: true },
      { name: 'X-Note', value: 'has [redacted] inside' },
      { name: 'User-Agent', value: 'Roundtrip/0.1', addedBy: 'http-client' },
      { name: 'Content-Length', value: '2', addedBy: 'http-client' },
      { name: 'Host', value: '127.0.0.1:8000', addedBy: 'http-client' },
      { name: 'Connection', value: 'keep-alive', addedBy: 'http-client' },
    ]);
  });

  it('tells the cookie jar and request signing apart from the HTTP client, each masked as its own record is', () => {
    const written = [
      { name: 'Cookie', value: 'session=abcdef123' },
      { name: 'Authorization', value: 'Digest username="ann", response="0123abcd", nonce="n"' },
      { name: 'X-Amz-Security-Token', value: 'session-token' },
      { name: 'X-Partner', value: 'p-secret' },
    ];
    const signed = [
      { name: 'Authorization', value: 'Digest username="ann", response="[redacted]", nonce="n"' },
      { name: 'X-Amz-Security-Token', value: '[redacted]' },
    ];
    expect(wireHeaders(written, { built: [{ name: 'X-Partner', value: 'p-secret' }], signed, jarCookies: true, credentialNames: { headers: ['X-Partner'], query: [] }, secrets: [] })).toEqual([
      { name: 'Cookie', value: '[redacted]', redacted: true, addedBy: 'cookie-jar' },
      { name: 'Authorization', value: 'Digest username="ann", response="[redacted]", nonce="n"', addedBy: 'signing' },
      { name: 'X-Amz-Security-Token', value: '[redacted]', addedBy: 'signing' },
      { name: 'X-Partner', value: '[redacted]', redacted: true },
    ]);
    // A Cookie the request typed itself (the jar's joined to it) is the request's own.
    expect(wireHeaders([{ name: 'Cookie', value: 'a=b; c=d' }], { built: [{ name: 'Cookie', value: 'a=b' }], jarCookies: true, secrets: [] })).toEqual([{ name: 'Cookie', value: '[redacted]', redacted: true }]);
  });

  it('labels each origin for the sent view', () => {
    expect(addedByLabel('http-client')).toBe('added by the HTTP client');
    expect(addedByLabel('cookie-jar')).toBe('added from the cookie jar');
    expect(addedByLabel('signing')).toBe('signed');
  });
});
