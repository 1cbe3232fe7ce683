import { describe, expect, it } from 'vitest';
import { bodyPreview, partSummary, sentRecord, sentView } from '../../../../shared/request/sent-record';
import type { RequestDescription } from '../../../../shared/request/request-model';

const request: RequestDescription = {
  method: 'POST',
  url: 'http://127.0.0.1:8000/items?api_key=k-secret-1&page=2',
  headers: [
    { name: 'X-API-Key', value: 'hdr-secret-9' },
    { name: 'X-Note', value: 'echo hdr-secret-9 and env-secret-7' },
  ],
  body: { mediaType: 'application/json', text: '{"token":"env-secret-7"}' },
  secretValues: ['env-secret-7'],
};

describe('sent-record', () => {
  it('masks credential headers by name and secret values wherever they appear, as history does', () => {
    const record = sentRecord(request);
    expect(record.url).toBe('http://127.0.0.1:8000/items?api_key=[redacted]&page=2');
    expect(record.headers).toEqual([
      { name: 'X-API-Key', value: '[redacted]', redacted: true },
      { name: 'X-Note', value: 'echo [redacted] and [redacted]' },
    ]);
    expect(record.body?.text).toBe('{"token":"[redacted]"}');
    expect(JSON.stringify(record)).not.toMatch(/secret-[179]/);
  });

  it('masks the cookies the jar added and the answer set where the request echoes them', () => {
    const echoing: RequestDescription = { method: 'GET', url: 'http://a.test/?s=jar-cookie-value', headers: [] };
    const record = sentRecord(echoing, { jarCookies: 'sid=jar-cookie-value', headers: [] });
    expect(record.url).toBe('http://a.test/?s=[redacted]');
  });

  it('masks secret values in multipart text parts and leaves file parts as they are', () => {
    const multipart: RequestDescription = {
      method: 'POST',
      url: 'http://a.test/upload',
      headers: [],
      body: { mediaType: 'multipart/form-data', text: '', parts: [{ name: 'note', value: 'with env-secret-7' }, { name: 'photo', fileId: 'f1', filename: 'cat.png', mediaType: 'image/png' }] },
      secretValues: ['env-secret-7'],
    };
    expect(sentRecord(multipart).body?.parts).toEqual([
      { name: 'note', value: 'with [redacted]' },
      { name: 'photo', fileId: 'f1', filename: 'cat.png', mediaType: 'image/png' },
    ]);
  });

  it('keeps a body up to the limit whole and says how much it left out past it', () => {
    expect(bodyPreview('abc', 3)).toEqual({ text: 'abc', omittedChars: 0 });
    expect(bodyPreview('abcdef', 4)).toEqual({ text: 'abcd', omittedChars: 2 });
  });

  it('does not cut a surrogate pair in half', () => {
    expect(bodyPreview('ab😀cd', 3)).toEqual({ text: 'ab', omittedChars: 4 });
  });

  it('names a file part by file name and type, and cuts a long text part', () => {
    expect(partSummary({ fileId: 'f1', filename: 'cat.png', mediaType: 'image/png' })).toBe('file cat.png (image/png)');
    expect(partSummary({ fileId: 'f1' })).toBe('file without a name');
    expect(partSummary({ value: 'short' })).toBe('short');
    expect(partSummary({ value: 'x'.repeat(10) }, 4)).toBe('xxxx… (6 more characters)');
  });
});

describe('sent-record sentView', () => {
  const answer = {
    url: 'http://other.test/final?api_key=k-secret-1',
    method: 'POST' as const,
    headers: [],
    body: { kind: 'empty' as const },
    redirects: [{ method: 'POST' as const, url: 'http://127.0.0.1:8000/items?api_key=k-secret-1', status: 307, location: 'http://other.test/final?api_key=k-secret-1', droppedHeaders: ['X-API-Key'] }],
    wireHeaders: [{ name: 'X-Echo', value: 'env-secret-7', addedBy: 'http-client' as const }],
  };

  it('masks the hops, the last URL and the wire headers of a live answer with the request secrets', () => {
    const view = sentView(request, answer);
    expect(view.finalUrl).toBe('http://other.test/final?api_key=[redacted]');
    expect(view.finalMethod).toBe('POST');
    expect(view.redirects[0]?.url).toBe('http://127.0.0.1:8000/items?api_key=[redacted]');
    expect(view.redirects[0]?.droppedHeaders).toEqual(['X-API-Key']);
    expect(view.wireHeaders).toEqual([{ name: 'X-Echo', value: '[redacted]', addedBy: 'http-client' }]);
    expect(JSON.stringify(view)).not.toMatch(/secret-[179]/);
  });

  it('shows the request history recorded as it is, and no hops before an answer', () => {
    const recorded = { method: 'GET' as const, url: 'http://a.test/kept', headers: [{ name: 'Authorization', value: '[redacted]', redacted: true }] };
    expect(sentView({ method: 'GET', url: 'http://a.test/kept', headers: [] }, undefined, recorded)).toEqual({ request: recorded, redirects: [] });
  });
});
