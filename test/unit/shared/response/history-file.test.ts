import { describe, expect, it } from 'vitest';
import { maskResponse } from '../../../../shared/response/history-entry';
import { isHistoryEntry } from '../../../../shared/response/history-file';

const entry = {
  version: 1,
  id: 'h1',
  at: '2026-01-01T00:00:00.000Z',
  bodyTruncated: false,
  request: { method: 'GET', url: 'http://127.0.0.1:8000/items', headers: [] },
  response: { url: 'http://127.0.0.1:8000/items', method: 'GET', status: 200, statusText: 'OK', headers: [], body: { kind: 'empty' }, sizeBytes: 0, timeMs: 1 },
};

describe('history-file', () => {
  it('reads entries recorded before the wire headers were kept, and those with them', () => {
    expect(isHistoryEntry(entry)).toBe(true);
    expect(isHistoryEntry({ ...entry, response: { ...entry.response, wireHeaders: [{ name: 'Host', value: '127.0.0.1:8000', addedBy: 'http-client' }] } })).toBe(true);
    expect(isHistoryEntry({ ...entry, response: { ...entry.response, wireHeaders: [{ name: 'Host' }] } })).toBe(false);
  });

  it('masks the request’s secrets in the wire headers as in the rest of the answer', () => {
    const response = { ...entry.response, body: { kind: 'empty' as const }, wireHeaders: [{ name: 'X-Note', value: 'carries s3cret-value' }] };
    expect(maskResponse(response, ['s3cret-value']).wireHeaders).toEqual([{ name: 'X-Note', value: 'carries [redacted]' }]);
  });
});
