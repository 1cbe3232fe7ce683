import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { toCurl } from '../../../../shared/collections/curl-export';
import { idempotencyKeyAsHeader, keyHeaderAsIdempotencyKey } from '../../../../shared/collections/key-header';
import { importParsed } from '../../../../shared/collections/import-formats';
import { toPostman } from '../../../../shared/collections/postman-export';
import { planRun } from '../../../../shared/runner/run-plan';
import { planText } from '../../../../shared/runner/cli-report';

const post = (headers: { name: string; value: string; disabled?: boolean }[]) => newSavedRequest({ name: 'Pay', method: 'POST', url: 'http://h/pay', headers });

describe('key-header', () => {
  it('turns a literal Idempotency-Key header into a fixed key, and {{$guid}} into a fresh key per run', () => {
    expect(keyHeaderAsIdempotencyKey(post([{ name: 'Idempotency-Key', value: 'held-out-key-1' }, { name: 'Accept', value: '*/*' }]))).toMatchObject({
      headers: [{ name: 'Accept', value: '*/*' }],
      idempotencyKey: { policy: 'fixed', header: 'Idempotency-Key', value: 'held-out-key-1' },
    });
    for (const value of ['{{$guid}}', '{{$randomUUID}}', '']) {
      expect(keyHeaderAsIdempotencyKey(post([{ name: 'x-idempotency-key', value }]))).toMatchObject({ headers: [], idempotencyKey: { policy: 'auto', header: 'x-idempotency-key' } });
    }
  });

  it('leaves a switched-off header, a request that has a key, and other headers alone', () => {
    const off = post([{ name: 'Idempotency-Key', value: 'k', disabled: true }]);
    expect(keyHeaderAsIdempotencyKey(off)).toBe(off);
    const keyed = { ...post([{ name: 'Idempotency-Key', value: 'k' }]), idempotencyKey: { policy: 'auto' as const } };
    expect(keyHeaderAsIdempotencyKey(keyed)).toBe(keyed);
    const plain = post([{ name: 'X-Cache-Key', value: 'k' }]);
    expect(keyHeaderAsIdempotencyKey(plain)).toBe(plain);
  });

  it('writes the key back as a header on export: a fixed one as it is, a fresh one only where the tool makes one', () => {
    const fixed = { ...post([]), idempotencyKey: { policy: 'fixed' as const, value: 'k-1' } };
    const auto = { ...post([]), idempotencyKey: { policy: 'auto' as const, header: 'X-Idempotency-Key' } };
    expect(idempotencyKeyAsHeader(fixed)).toEqual({ name: 'Idempotency-Key', value: 'k-1' });
    expect(idempotencyKeyAsHeader(auto)).toBeUndefined();
    expect(idempotencyKeyAsHeader(auto, '{{$guid}}')).toEqual({ name: 'X-Idempotency-Key', value: '{{$guid}}' });
    expect(idempotencyKeyAsHeader({ ...fixed, idempotencyKey: { policy: 'off' } })).toBeUndefined();
    expect(toCurl(fixed)).toContain("-H 'Idempotency-Key: k-1'");
    expect(toCurl(auto)).not.toContain('Idempotency-Key');
  });

  it('survives a Postman round trip and a curl import, and the run plan calls the request keyed', () => {
    const imported = importParsed('postman', '', {
      info: { name: 'Pay', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        { name: 'Pay once', request: { method: 'POST', url: 'http://h/pay', header: [{ key: 'Idempotency-Key', value: 'held-out-key-1' }] } },
        { name: 'Pay again', request: { method: 'POST', url: 'http://h/pay', header: [{ key: 'Idempotency-Key', value: '{{$guid}}' }] } },
      ],
    }, 'Pay');
    if (!imported.ok) throw new Error(imported.message);
    const exported = toPostman(imported.tree);
    const headers = exported.item.map((item) => (typeof item.request === 'object' ? item.request.header : undefined));
    expect(headers).toEqual([[{ key: 'Idempotency-Key', value: 'held-out-key-1' }], [{ key: 'Idempotency-Key', value: '{{$guid}}' }]]);
    const text = `curl -X POST http://h/pay -H 'Idempotency-Key: abc-123' -H 'X-API-Key: k-999'`;
    const curl = importParsed('curl', text, undefined, 'pay');
    expect(curl.ok && curl.tree.items[0]).toMatchObject({ request: { idempotencyKey: { policy: 'fixed', value: 'abc-123' }, headers: [{ name: 'X-API-Key' }] } });
    const listing = { id: 'pay', collection: imported.tree.collection, children: imported.tree.items.map((item, index) => ({ kind: 'request' as const, id: `pay/${index}.request.json`, request: item.kind === 'request' ? item.request : post([]) })) };
    expect(planText(planRun(listing), 1)).toBe('Pay: 2 requests. Idempotent with a key: Pay once, Pay again.');
  });

  it('applies to every format the import reads, a HAR file included', () => {
    const har = { log: { version: '1.2', entries: [{ request: { method: 'POST', url: 'http://h/pay', httpVersion: 'HTTP/1.1', headers: [{ name: 'Idempotency-Key', value: 'har-key-1' }, { name: 'Accept', value: '*/*' }], queryString: [], cookies: [] }, response: { status: 201, headers: [] } }] } };
    const imported = importParsed('har', JSON.stringify(har), har, 'pay');
    if (!imported.ok) throw new Error(imported.message);
    const [item] = imported.tree.items;
    expect(item?.kind === 'request' && item.request.idempotencyKey).toEqual({ policy: 'fixed', header: 'Idempotency-Key', value: 'har-key-1' });
    expect(item?.kind === 'request' && item.request.headers.map((h) => h.name)).not.toContain('Idempotency-Key');
  });
});
