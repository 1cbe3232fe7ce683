import { describe, expect, it } from 'vitest';
import { fillUrl, fillUrlEncoded } from '../../../../shared/request/fill-url';
import { VariableFiller } from '../../../../shared/request/variable-scopes';

const values = { baseUrl: 'http://api/v1', shelf: 'new/used', q: 'tom & jerry', host: 'h:8080', scheme: 'https', path: '/items/7', tag: 'a#b' };

describe('fill-url', () => {
  it('encodes a value in a path segment as a segment and in the query as a component', () => {
    expect(fillUrl('{{baseUrl}}/books/{{shelf}}?q={{q}}&{{q}}=1', new VariableFiller(values), 'the URL')).toBe('http://api/v1/books/new%2Fused?q=tom%20%26%20jerry&tom%20%26%20jerry=1');
  });

  it('fills the origin as it is: a base URL, a scheme, a host and port, a path right after the base', () => {
    const filler = new VariableFiller(values);
    expect(fillUrl('{{scheme}}://{{host}}/x', filler, 'the URL')).toBe('https://h:8080/x');
    expect(fillUrl('{{baseUrl}}{{path}}', filler, 'the URL')).toBe('http://api/v1/items/7');
    expect(fillUrl('http://{{host}}/b/{{shelf}}', filler, 'the URL')).toBe('http://h:8080/b/new%2Fused');
  });

  it('keeps what is typed literally, a fragment as it is, and an unresolved name as typed', () => {
    const filler = new VariableFiller(values);
    expect(fillUrl('http://h/a b/c?x=1&y=a/b#{{tag}}', filler, 'the URL')).toBe('http://h/a b/c?x=1&y=a/b#a#b');
    expect(fillUrl('http://h/{{missing}}?q={{q}}', filler, 'the URL')).toBe('http://h/{{missing}}?q=tom%20%26%20jerry');
    expect(filler.unresolved([]).map((u) => u.name)).toEqual(['missing']);
  });

  it('fills a query parameter the form serializes otherwise as the form does: an array’s items, reserved characters kept', () => {
    const filler = new VariableFiller({ ids: '1, 2,3', where: 'a/b?c=d' });
    const params = [
      { in: 'query' as const, name: 'ids', style: 'form', explode: false, array: true },
      { in: 'query' as const, name: 'tags', array: true },
      { in: 'query' as const, name: 'path', allowReserved: true },
    ];
    expect(fillUrl('http://h/f?ids={{ids}}&tags={{ids}}&path={{where}}&other={{where}}', filler, 'the URL', params)).toBe('http://h/f?ids=1,2,3&tags=1&tags=2&tags=3&path=a/b?c=d&other=a%2Fb%3Fc%3Dd');
    // A pair after an exploded one is still known by its own name; a variable in a name is a plain component.
    expect(fillUrl('http://h/f?tags={{ids}}&{{where}}={{ids}}', filler, 'the URL', params)).toBe('http://h/f?tags=1&tags=2&tags=3&a%2Fb%3Fc%3Dd=1%2C%202%2C3');
  });

  it('leaves out an array parameter whose one variable holds no item, as the form leaves it out', () => {
    const filler = new VariableFiller({ none: '', blank: ' , ', one: '7', word: 'x' });
    const params = [
      { in: 'query' as const, name: 'ids', style: 'form', explode: false, array: true },
      { in: 'query' as const, name: 'tags', array: true },
    ];
    expect(fillUrl('http://h/f?ids={{none}}', filler, 'the URL', params)).toBe('http://h/f');
    expect(fillUrl('http://h/f?ids={{none}}&tags={{one}}', filler, 'the URL', params)).toBe('http://h/f?tags=7');
    expect(fillUrl('http://h/f?tags={{one}}&ids={{blank}}#top', filler, 'the URL', params)).toBe('http://h/f?tags=7#top');
    expect(fillUrl('http://h/f?ids={{none}}#top', filler, 'the URL', params)).toBe('http://h/f#top');
    expect(fillUrl('http://h/f?a=1&ids={{none}}&tags={{none}}&b=2', filler, 'the URL', params)).toBe('http://h/f?a=1&b=2');
    // Not the whole value, not an array, or no operation link: sent as typed.
    expect(fillUrl('http://h/f?ids={{none}}{{word}}&q={{none}}', filler, 'the URL', params)).toBe('http://h/f?ids=x&q=');
    expect(fillUrl('http://h/f?ids={{none}}', filler, 'the URL')).toBe('http://h/f?ids=');
  });

  it('fills an urlencoded body’s variables as form components, so a value cannot add a field', () => {
    expect(fillUrlEncoded('user={{user}}&note=a+b', new VariableFiller({ user: 'ann&admin=1 x' }), 'the body')).toBe('user=ann%26admin%3D1+x&note=a+b');
  });
});
