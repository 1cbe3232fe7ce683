import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHistoryStore } from '../../../../../electron/services/history/history-store';
import type { RequestDescription, ResponseSnapshot } from '../../../../../shared/request/request-model';

const request = (url: string): RequestDescription => ({
  method: 'GET',
  url,
  headers: [
    { name: 'Authorization', value: 'Bearer top-secret' },
    { name: 'X-API-Key', value: 'key-123' },
    { name: 'Accept', value: 'application/json' },
  ],
});

const response = (text: string): ResponseSnapshot => ({
  url: 'http://x/a',
  method: 'GET',
  status: 200,
  statusText: 'OK',
  headers: [{ name: 'Set-Cookie', value: 'sid=secret-cookie' }],
  body: { kind: 'text', text, truncated: false },
  sizeBytes: text.length,
  timeMs: 3,
  validation: { conforms: false, violations: [], notes: [] },
});

describe('history-store', () => {
  it('keeps the newest entries up to the limit, newest first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
    const history = createHistoryStore(dir, { limit: 3 });
    for (let index = 0; index < 5; index += 1) void history.record(request(`http://x/${index}`), { response: response('{}') });
    const listed = await history.list();
    expect(listed.map((entry) => entry.url)).toEqual(['http://x/4', 'http://x/3', 'http://x/2']);
    expect(readdirSync(path.join(dir, 'history')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes credential header values or cookies in clear', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
    const history = createHistoryStore(dir);
    await history.record(request('http://x/secret'), { response: response('{"ok":true}') }, 'GET /secret');
    const [file] = readdirSync(path.join(dir, 'history')).filter((name) => name.endsWith('.json'));
    const text = readFileSync(path.join(dir, 'history', file ?? ''), 'utf8');
    expect(text).not.toContain('top-secret');
    expect(text).not.toContain('key-123');
    expect(text).not.toContain('secret-cookie');
    const [summary] = await history.list();
    const entry = await history.get(summary?.id ?? '');
    expect(entry.request.headers).toEqual([
      { name: 'Authorization', value: '[redacted]', redacted: true },
      { name: 'X-API-Key', value: '[redacted]', redacted: true },
      { name: 'Accept', value: 'application/json' },
    ]);
    expect(entry).toMatchObject({ opKey: 'GET /secret', bodyTruncated: false, response: { conforms: false, body: { text: '{"ok":true}' } } });
  });

  it('stores large bodies cut and marked, records failures, searches and clears', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
    const history = createHistoryStore(dir, { maxBodyChars: 10 });
    await history.record(request('http://x/big'), { response: response('x'.repeat(100)) });
    await history.record({ method: 'POST', url: 'http://y/down', headers: [] }, { error: { code: 'connection-refused', message: 'Could not reach' } });
    const [failed, big] = await history.list();
    expect(failed).toMatchObject({ method: 'POST', errorCode: 'connection-refused' });
    const entry = await history.get(big?.id ?? '');
    expect(entry.bodyTruncated).toBe(true);
    expect(entry.response?.body).toEqual({ kind: 'text', text: 'x'.repeat(10), truncated: true });
    expect((await history.list('refused')).map((each) => each.url)).toEqual(['http://y/down']);
    expect((await history.list('GET big')).map((each) => each.url)).toEqual(['http://x/big']);
    expect(await history.clear()).toBe(2);
    expect(await history.list()).toEqual([]);
    await expect(history.get(big?.id ?? '')).rejects.toMatchObject({ code: 'history-not-found' });
  });

  it('writes a burst in few files, removes whole old segments past the limit, and reads back after a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
    const history = createHistoryStore(dir, { limit: 10 });
    for (let round = 0; round < 4; round += 1) {
      const writes = Array.from({ length: 5 }, (_, index) => history.record(request(`http://x/${round}-${index}`), { response: response('{}') }));
      await Promise.all(writes);
    }
    const files = readdirSync(path.join(dir, 'history')).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeLessThan(8);
    const reopened = createHistoryStore(dir, { limit: 10 });
    const listed = await reopened.list();
    expect(listed).toHaveLength(10);
    expect(listed[0]?.url).toBe('http://x/3-4');
    expect(listed[9]?.url).toBe('http://x/2-0');
    expect((await reopened.get(listed[5]?.id ?? '')).request.url).toBe(listed[5]?.url);
  });

  it('lists nothing from a history file of a newer version or a damaged one, says so once, and never prunes or clears it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
    mkdirSync(path.join(dir, 'history'));
    const newer = JSON.stringify({ version: 2, entries: [{ id: 'n1', at: '2030-01-01T00:00:00.000Z', shape: 'new' }] });
    const damaged = '{"version":1,"entries":[{"id":';
    const wrongShape = JSON.stringify({ version: 1, entries: [{ version: 1, id: 'w1', at: 'x', bodyTruncated: false, request: { method: 'FETCH', url: 'http://x', headers: [] } }] });
    writeFileSync(path.join(dir, 'history', '000000000000001-000001.json'), newer);
    writeFileSync(path.join(dir, 'history', '000000000000002-000001.json'), damaged);
    writeFileSync(path.join(dir, 'history', '000000000000003-000001.json'), wrongShape);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const history = createHistoryStore(dir, { limit: 2 });
      for (let index = 0; index < 3; index += 1) await history.record(request(`http://x/${index}`), { response: response('{}') });
      expect((await history.list()).map((entry) => entry.url)).toEqual(['http://x/2', 'http://x/1']);
      expect(await history.clear()).toBe(2);
      const messages = errors.mock.calls.map((call) => String(call[0]));
      expect(messages.filter((message) => message.includes('000000000000001-000001.json'))).toEqual([expect.stringMatching(/^A history file is format version 2, newer than this Roundtrip understands \(1\)/)]);
      expect(messages.filter((message) => message.includes('000000000000002-000001.json'))).toEqual([expect.stringMatching(/^A history file could not be read \(/)]);
      expect(messages.filter((message) => message.includes('000000000000003-000001.json'))).toEqual([expect.stringMatching(/^A history file is not valid: entries\.0: not a history entry/)]);
    } finally {
      errors.mockRestore();
    }
    expect(readFileSync(path.join(dir, 'history', '000000000000001-000001.json'), 'utf8')).toBe(newer);
    expect(readFileSync(path.join(dir, 'history', '000000000000002-000001.json'), 'utf8')).toBe(damaged);
    expect(readdirSync(path.join(dir, 'history')).sort()).toEqual(['000000000000001-000001.json', '000000000000002-000001.json', '000000000000003-000001.json']);
  });
});
