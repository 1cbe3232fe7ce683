import { describe, expect, it } from 'vitest';
import { documentFromHistory } from '../../../../shared/request/history-document';
import { resolveRequest } from '../../../../shared/request/resolve-request';

describe('history-document', () => {
  it('keeps what was sent, leaves redacted credentials out and names them', () => {
    const opened = documentFromHistory(
      {
        method: 'POST',
        url: 'http://h/items?x=1',
        headers: [
          { name: 'X-API-Key', value: '[redacted]', redacted: true },
          { name: 'Content-Type', value: 'application/json' },
          { name: 'Idempotency-Key', value: 'k-1' },
        ],
        body: { mediaType: 'application/json', text: '{"a":1}' },
      },
      'POST /items',
    );
    expect(opened.withheld).toEqual(['X-API-Key']);
    expect(opened.document).toMatchObject({ method: 'POST', url: 'http://h/items?x=1', auth: { type: 'none' }, operation: { key: 'POST /items' }, body: { mode: 'raw', text: '{"a":1}' } });
    // Through the pipeline, with credentials from elsewhere, the same request goes out.
    const again = resolveRequest(opened.document, { appliedAuth: { headers: [{ name: 'X-API-Key', value: 'secret' }], query: [], cookies: [], secrets: ['secret'] } });
    expect(again.ok && again.request.headers).toEqual([
      { name: 'X-API-Key', value: 'secret' },
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Idempotency-Key', value: 'k-1' },
    ]);
    // Without credentials the placeholder is not sent.
    const bare = resolveRequest(opened.document);
    expect(bare.ok && bare.request.headers.map((h) => h.name)).toEqual(['Content-Type', 'Idempotency-Key']);
  });

  it('says what it could not carry over: a staged file', () => {
    expect(documentFromHistory({ method: 'PUT', url: 'http://h/f', headers: [], body: { mediaType: 'image/png', text: '', fileId: 'f1' } }).bodyNote).toMatch(/file/);
  });
});
