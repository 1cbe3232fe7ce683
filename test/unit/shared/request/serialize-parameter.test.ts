import { describe, it, expect } from 'vitest';
import { encodeParamText, serializeParameter, type ParamValue, type SerializeOptions } from '../../../../shared/request/serialize-parameter';

const empty: ParamValue = { kind: 'empty' };
const string: ParamValue = { kind: 'primitive', value: 'blue' };
const array: ParamValue = { kind: 'array', items: ['blue', 'black', 'brown'] };
const object: ParamValue = { kind: 'object', entries: [['R', '100'], ['G', '200'], ['B', '150']] };

/** The text a style produces in its place: the path segment, or the query string without "?". */
function render(options: Omit<SerializeOptions, 'name'>, value: ParamValue): string {
  const out = serializeParameter({ name: 'color', ...options }, value);
  if (out.in === 'query' || out.in === 'cookie') return out.pairs.join('&');
  return out.text;
}

type Row = [style: string, explode: boolean, where: SerializeOptions['in'], empty: string | null, string: string | null, array: string | null, object: string | null];

// The style examples table of OpenAPI 3.0.3 ("Style Examples"), color = "blue" / ["blue","black","brown"] /
// {"R":100,"G":200,"B":150}; null marks n/a. Label with explode=false follows RFC 6570 and the 3.0.4 erratum
// (".blue,black,brown", ".R,100,G,200,B,150"): 3.0.3 printed dots there, which RFC 6570 gives only when exploded.
const TABLE: Row[] = [
  ['matrix', false, 'path', ';color', ';color=blue', ';color=blue,black,brown', ';color=R,100,G,200,B,150'],
  ['matrix', true, 'path', ';color', ';color=blue', ';color=blue;color=black;color=brown', ';R=100;G=200;B=150'],
  ['label', false, 'path', '.', '.blue', '.blue,black,brown', '.R,100,G,200,B,150'],
  ['label', true, 'path', '.', '.blue', '.blue.black.brown', '.R=100.G=200.B=150'],
  ['form', false, 'query', 'color=', 'color=blue', 'color=blue,black,brown', 'color=R,100,G,200,B,150'],
  ['form', true, 'query', 'color=', 'color=blue', 'color=blue&color=black&color=brown', 'R=100&G=200&B=150'],
  ['simple', false, 'path', null, 'blue', 'blue,black,brown', 'R,100,G,200,B,150'],
  ['simple', true, 'path', null, 'blue', 'blue,black,brown', 'R=100,G=200,B=150'],
  ['spaceDelimited', false, 'query', null, null, 'color=blue%20black%20brown', 'color=R%20100%20G%20200%20B%20150'],
  ['pipeDelimited', false, 'query', null, null, 'color=blue|black|brown', 'color=R|100|G|200|B|150'],
  ['deepObject', true, 'query', null, null, null, 'color[R]=100&color[G]=200&color[B]=150'],
];

describe('serialize-parameter', () => {
  for (const [style, explode, where, e, s, a, o] of TABLE) {
    it(`renders the ${style} explode=${String(explode)} row of the style examples table`, () => {
      const options = { style, explode, in: where };
      if (e !== null) expect(render(options, empty)).toBe(e);
      if (s !== null) expect(render(options, string)).toBe(s);
      if (a !== null) expect(render(options, array)).toBe(a);
      if (o !== null) expect(render(options, object)).toBe(o);
    });
  }

  it('uses simple for path and header, form (exploded) for query and cookie by default', () => {
    expect(render({ in: 'path' }, array)).toBe('blue,black,brown');
    expect(render({ in: 'header' }, object)).toBe('R,100,G,200,B,150');
    expect(render({ in: 'header', explode: true }, object)).toBe('R=100,G=200,B=150');
    expect(render({ in: 'query' }, array)).toBe('color=blue&color=black&color=brown');
    expect(serializeParameter({ name: 'color', in: 'cookie', explode: false }, array)).toEqual({ in: 'cookie', pairs: ['color=blue,black,brown'] });
  });

  it('percent-encodes values, keeping reserved characters only with allowReserved', () => {
    const value: ParamValue = { kind: 'primitive', value: 'a/b?c=d&e f%20!' };
    expect(render({ in: 'query' }, value)).toBe('color=a%2Fb%3Fc%3Dd%26e%20f%2520%21');
    expect(render({ in: 'query', allowReserved: true }, value)).toBe('color=a/b?c=d&e%20f%20!');
    expect(render({ in: 'path' }, { kind: 'primitive', value: 'x/y' })).toBe('x%2Fy');
    expect(render({ in: 'path', allowReserved: true }, { kind: 'primitive', value: 'x/y' })).toBe('x%2Fy');
  });

  it('leaves header values unencoded and encodes array items inside delimited styles', () => {
    expect(render({ in: 'header' }, { kind: 'primitive', value: 'a b/c' })).toBe('a b/c');
    expect(render({ in: 'query', style: 'pipeDelimited', explode: false }, { kind: 'array', items: ['a|b', 'c'] })).toBe('color=a%7Cb|c');
  });

  it('encodes characters outside ASCII as UTF-8', () => {
    expect(encodeParamText('é😀')).toBe('%C3%A9%F0%9F%98%80');
    expect(encodeParamText('é😀/', true)).toBe('%C3%A9%F0%9F%98%80/');
  });
});
