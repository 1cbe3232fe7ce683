import { describe, expect, it } from 'vitest';
import { HISTORY_VERSION, type HistoryEntry } from '../../../../shared/response/history-entry';
import { matchesHistoryQuery } from '../../../../shared/response/history-search';

const entry: HistoryEntry = {
  version: HISTORY_VERSION,
  id: 'e1',
  at: '2026-01-01T00:00:00.000Z',
  request: {
    method: 'POST',
    url: 'http://127.0.0.1:8000/orders',
    headers: [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'X-API-Key', value: '[redacted]', redacted: true },
    ],
    body: { mediaType: 'application/json', text: '{"item": "Zeppelin lamp"}' },
  },
  response: { url: 'http://127.0.0.1:8000/orders', method: 'POST', status: 201, statusText: 'Created', headers: [], body: { kind: 'text', text: '{"id": 42, "status": "Backordered"}', truncated: false }, sizeBytes: 30, timeMs: 3 },
  bodyTruncated: false,
  idempotencyKey: 'key-77',
};

describe('history-search', () => {
  it('finds words of the method, URL, status and key, in any case', () => {
    expect(matchesHistoryQuery(entry, 'post ORDERS 201')).toBe(true);
    expect(matchesHistoryQuery(entry, 'key-77')).toBe(true);
    expect(matchesHistoryQuery(entry, '')).toBe(true);
  });

  it('finds words of the request body and of the response body, mixed with the short fields', () => {
    expect(matchesHistoryQuery(entry, 'zeppelin')).toBe(true);
    expect(matchesHistoryQuery(entry, 'backordered')).toBe(true);
    expect(matchesHistoryQuery(entry, 'orders zeppelin backordered')).toBe(true);
  });

  it('finds header names, but never a credential: history stored none', () => {
    expect(matchesHistoryQuery(entry, 'x-api-key')).toBe(true);
    expect(matchesHistoryQuery(entry, 'secret-key')).toBe(false);
  });

  it('needs every word', () => {
    expect(matchesHistoryQuery(entry, 'zeppelin piano')).toBe(false);
  });

  it('reads multipart part values and file names', () => {
    const upload: HistoryEntry = { ...entry, request: { ...entry.request, body: { mediaType: 'multipart/form-data', text: '', parts: [{ name: 'caption', value: 'Holiday' }, { name: 'file', filename: 'beach.png', fileId: 'f1' }] } } };
    expect(matchesHistoryQuery(upload, 'holiday beach.png')).toBe(true);
  });
});
