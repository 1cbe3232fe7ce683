import { describe, expect, it } from 'vitest';
import { joinUrl, splitUrl } from '../../../../shared/security/url-query';

describe('url-query', () => {
  it('splits a template URL into its pairs, decoded, and joins it back byte for byte', () => {
    const url = '{{baseUrl}}/x?a=1&b=%20c+d&flag&e={{e}}#frag';
    const parts = splitUrl(url);
    expect(parts.base).toBe('{{baseUrl}}/x');
    expect(parts.hash).toBe('#frag');
    expect(parts.pairs.map((p) => [p.name, p.value])).toEqual([['a', '1'], ['b', ' c d'], ['flag', ''], ['e', '{{e}}']]);
    expect(joinUrl(parts)).toBe(url);
    expect(joinUrl({ ...parts, pairs: [] })).toBe('{{baseUrl}}/x#frag');
    expect(splitUrl('http://h/%E0%A4%A?x=%E0%A4%A').pairs).toEqual([{ raw: 'x=%E0%A4%A', name: 'x', value: '%E0%A4%A' }]);
  });
});
