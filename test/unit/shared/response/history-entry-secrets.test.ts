import { describe, it, expect } from 'vitest';
import { HISTORY_VERSION, maskResponse, redactRequest, resendFromHistory } from '../../../../shared/response/history-entry';

describe('history-entry', () => {
  it('masks the request secret values wherever they appear: query, any header, body', () => {
    const recorded = redactRequest({
      method: 'POST',
      url: 'http://h/x?api_key=k%20123&other=1',
      headers: [
        { name: 'X-Trace', value: 'tok-999' },
        { name: 'Authorization', value: 'Bearer tok-999' },
      ],
      body: { mediaType: 'application/json', text: '{"token":"tok-999"}' },
      secretValues: ['k 123', 'tok-999'],
    });
    expect(JSON.stringify(recorded)).not.toMatch(/tok-999|k%20123|k 123/);
    expect(recorded.url).toBe('http://h/x?api_key=[redacted]&other=1');
    expect(recorded).not.toHaveProperty('secretValues');
  });

  it('masks credential body fields by their place, however short, and their values wherever they are echoed', () => {
    const form = redactRequest({ method: 'POST', url: 'http://h/token', headers: [{ name: 'X-Echo', value: 'wonderland' }], body: { mediaType: 'application/x-www-form-urlencoded', text: 'username=alice&password=wonderland&pin=1' } });
    expect(form.body?.text).toBe('username=alice&password=[redacted]&pin=1');
    expect(JSON.stringify(form)).not.toContain('wonderland');
    expect(redactRequest({ method: 'POST', url: 'http://h/', headers: [], body: { mediaType: 'application/json', text: '{"password":"ab"}' } }).body?.text).toBe('{"password":"[redacted]"}');
    const parts = redactRequest({ method: 'POST', url: 'http://h/', headers: [], body: { mediaType: 'multipart/form-data', text: '', parts: [{ name: 'password', value: 'ab' }, { name: 'user', value: 'ann' }] } });
    expect(parts.body?.parts).toEqual([{ name: 'password', value: '[redacted]' }, { name: 'user', value: 'ann' }]);
  });

  it('masks secret values in multipart text parts, so a form field holding one is not written to history', () => {
    const recorded = redactRequest({
      method: 'POST',
      url: 'http://h/upload',
      headers: [],
      body: { mediaType: 'multipart/form-data', text: '', parts: [{ name: 'note', value: 'with env-secret-7' }, { name: 'file', fileId: 'f1', filename: 'a.txt' }] },
      secretValues: ['env-secret-7'],
    });
    expect(JSON.stringify(recorded)).not.toContain('env-secret-7');
    expect(recorded.body?.parts).toEqual([{ name: 'note', value: 'with [redacted]' }, { name: 'file', fileId: 'f1', filename: 'a.txt' }]);
  });

  it('masks secret values a response echoes: body (plain, URL- and JSON-escaped), headers, URL, redirect hops and notes', () => {
    const secret = 'a/b"c d';
    const masked = maskResponse(
      {
        url: 'http://h/x?t=a%2Fb%22c%20d',
        headers: [{ name: 'X-Echo', value: 'a/b"c d' }],
        // As a server writes them: the JSON escape of the quote, and a second field that escapes "/" too.
        body: { kind: 'text', text: '{"raw":"a/b\\"c d","slashed":"a\\/b\\"c d"}', truncated: false },
        redirects: [{ method: 'GET', url: 'http://h/a/b"c d', status: 302, location: '/next?t=a%2Fb%22c%20d', droppedHeaders: [] }],
        redirectNote: 'stopped at a/b"c d',
      },
      [secret],
    );
    expect(JSON.stringify(masked)).not.toMatch(/c d|c%20d/);
    expect(masked.body).toEqual({ kind: 'text', text: '{"raw":"[redacted]","slashed":"[redacted]"}', truncated: false });
    const untouched = { url: 'http://h', headers: [], body: { kind: 'empty' as const } };
    expect(maskResponse(untouched, undefined)).toBe(untouched);
  });

  it('sends again without the credentials history never stored, and names them', () => {
    const request = redactRequest({ method: 'GET', url: 'http://h/x?access_token=typed-1&page=2', headers: [{ name: 'Authorization', value: 'Bearer typed-2' }, { name: 'Accept', value: '*/*' }] });
    const { request: again, notStored } = resendFromHistory({ version: HISTORY_VERSION, id: 'e1', at: '2026-01-01T00:00:00.000Z', request, bodyTruncated: false });
    expect(again).toEqual({ method: 'GET', url: 'http://h/x?page=2', headers: [{ name: 'Accept', value: '*/*' }] });
    expect(notStored).toEqual(['Authorization', 'access_token']);
  });

  it('masks a short credential query value by its place in the request, the hops and the notes', () => {
    const sent = { method: 'GET' as const, url: 'http://a.test/moved/abc?access_token=ab&page=1', headers: [] };
    expect(redactRequest(sent).url).toBe('http://a.test/moved/abc?access_token=[redacted]&page=1');
    const masked = maskResponse(
      {
        url: 'http://b.test/landing/abc?page=1',
        headers: [],
        body: { kind: 'empty' },
        redirects: [{ method: 'GET', url: sent.url, status: 307, location: 'http://b.test/landing/abc?access_token=ab&page=1', droppedHeaders: [], droppedQuery: ['access_token'] }],
        redirectNote: 'Stopped at http://a.test/moved/abc?access_token=ab&page=1',
      },
      [],
      sent,
    );
    expect(JSON.stringify(masked)).not.toContain('access_token=ab');
    expect(masked.redirects?.[0]).toMatchObject({ url: 'http://a.test/moved/abc?access_token=[redacted]&page=1', location: 'http://b.test/landing/abc?access_token=[redacted]&page=1' });
  });
});
