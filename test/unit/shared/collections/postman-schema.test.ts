import { describe, expect, it } from 'vitest';
import { fromPostman } from '../../../../shared/collections/postman-import';
import { issuePlace } from '../../../../shared/collections/postman-schema';

const info = { name: 'Shop', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' };

describe('postman-schema', () => {
  it('refuses a collection whose items are not what Postman writes, naming the place, instead of crashing', () => {
    expect(fromPostman({ info, item: [{ name: 'ok', request: { method: 'GET', url: 'http://h' } }, null] })).toEqual({ ok: false, message: expect.stringMatching(/^The Postman collection is malformed at item\[1\]: .+ Export it from Postman again/) });
    expect(fromPostman({ info, item: [{ name: 'a', request: { method: 'GET', url: 'http://h', header: [{ key: 'A', value: 'b' }, 'C: d'] } }] })).toMatchObject({ ok: false, message: expect.stringContaining('at item[0].request.header[1]:') });
  });

  it('reads numbers and booleans where Postman writes them as values', () => {
    const outcome = fromPostman({ info, variable: [{ key: 'retries', value: 3 }, { key: 'debug', value: false }], item: [{ name: 'a', request: { method: 'GET', url: 'http://h', header: [{ key: 'X-Page', value: 2 }] } }] });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.tree.collection.variables).toEqual([{ key: 'retries', value: '3' }, { key: 'debug', value: 'false' }]);
    expect(outcome.tree.items[0]?.kind === 'request' && outcome.tree.items[0].request.headers).toEqual([{ name: 'X-Page', value: '2' }]);
  });

  it('names a place as a person finds it in the file', () => {
    expect(issuePlace(['item', 0, 'request', 'header', 1])).toBe('item[0].request.header[1]');
    expect(issuePlace([])).toBe('');
  });
});
