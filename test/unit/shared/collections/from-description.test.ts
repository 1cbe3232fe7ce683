import { describe, expect, it } from 'vitest';
import { mergeIntoSaved, savedFromDescription } from '../../../../shared/collections/from-description';

describe('from-description', () => {
  it('keeps method, URL, headers and body, links the operation and drops a repeated Content-Type and the one-intent key', () => {
    const saved = savedFromDescription(
      { method: 'POST', url: 'http://h/items', headers: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Idempotency-Key', value: 'k1' }], body: { mediaType: 'application/json', text: '{"a":1}' }, maxRedirects: 0 },
      'Create',
      { key: 'POST /items', operationId: 'createItem', idempotencyKey: { header: 'Idempotency-Key', required: false } },
    );
    expect(saved).toEqual({
      format: 'roundtrip.request',
      version: 1,
      name: 'Create',
      method: 'POST',
      url: 'http://h/items',
      headers: [],
      body: { mode: 'raw', mediaType: 'application/json', text: '{"a":1}' },
      auth: { type: 'inherit' },
      operation: { key: 'POST /items', operationId: 'createItem' },
      idempotencyKey: { policy: 'auto', header: 'Idempotency-Key' },
      settings: { followRedirects: false },
    });
  });

  it('saves a URL under the base URL as {{baseUrl}}, and leaves others alone', () => {
    const request = { method: 'GET' as const, url: 'http://h:1/items?limit=2', headers: [] };
    expect(savedFromDescription(request, 'x', undefined, 'http://h:1').url).toBe('{{baseUrl}}/items?limit=2');
    // A base written with a trailing slash (common in Postman variables) is the same base: the URL was built without it.
    expect(savedFromDescription(request, 'x', undefined, 'http://h:1/').url).toBe('{{baseUrl}}/items?limit=2');
    expect(savedFromDescription(request, 'x', undefined, 'http://h:12').url).toBe('http://h:1/items?limit=2');
  });

  it('saves a URL under the base as the base was written, other variables and all', () => {
    const request = { method: 'GET' as const, url: 'https://acme.example.com/api/things/1?full=1', headers: [] };
    expect(savedFromDescription(request, 'x', undefined, 'https://acme.example.com/api', '{{host}}/api').url).toBe('{{host}}/api/things/1?full=1');
    expect(savedFromDescription(request, 'x', undefined, 'https://acme.example.com', 'https://{{tenant}}.example.com').url).toBe('https://{{tenant}}.example.com/api/things/1?full=1');
    expect(savedFromDescription(request, 'x', undefined, 'https://acme.example.com/api/', '{{ host }}/api').url).toBe('{{ host }}/api/things/1?full=1');
    // Only a whole path segment is the base: /apix is not under /api.
    expect(savedFromDescription({ ...request, url: 'https://acme.example.com/apix/1' }, 'x', undefined, 'https://acme.example.com/api', '{{host}}/api').url).toBe('https://acme.example.com/apix/1');
  });
});

describe('from-description mergeIntoSaved', () => {
  it('keeps what the editor does not show when saving over a request', () => {
    const existing = savedFromDescription({ method: 'GET', url: 'http://h/a', headers: [] }, 'Mine');
    const withExtras = { ...existing, auth: { type: 'bearer' as const, token: '{{t}}' }, description: 'd', assertions: [{ status: 200 }], settings: { timeoutMs: 5000 } };
    const fresh = savedFromDescription({ method: 'POST', url: 'http://h/b', headers: [{ name: 'X', value: '1' }], maxRedirects: 0 }, 'Other');
    expect(mergeIntoSaved(withExtras, fresh)).toEqual({ ...withExtras, method: 'POST', url: 'http://h/b', headers: [{ name: 'X', value: '1' }], settings: { timeoutMs: 5000, followRedirects: false } });
    expect(mergeIntoSaved(undefined, fresh)).toBe(fresh);
  });
});
