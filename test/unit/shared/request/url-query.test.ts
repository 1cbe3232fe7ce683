import { describe, expect, it } from 'vitest';
import { queryRows, withQueryRows } from '../../../../shared/request/url-query';

describe('url-query', () => {
  it('reads the query as decoded rows, keeping {{variables}}', () => {
    expect(queryRows('{{baseUrl}}/items?limit=5&q=a%20b&flag&id={{id}}#top')).toEqual([
      { name: 'limit', value: '5' },
      { name: 'q', value: 'a b' },
      { name: 'flag', value: '' },
      { name: 'id', value: '{{id}}' },
    ]);
    expect(queryRows('http://h/a')).toEqual([]);
  });

  it('writes rows back encoded, {{variables}} as typed, the fragment kept and disabled rows left out', () => {
    expect(withQueryRows('{{baseUrl}}/items?old=1#top', [{ name: 'q', value: 'a&b {{term}}' }, { name: 'off', value: '1', disabled: true }])).toBe('{{baseUrl}}/items?q=a%26b%20{{term}}#top');
    expect(withQueryRows('http://h/a?x=1', [])).toBe('http://h/a');
  });
});
