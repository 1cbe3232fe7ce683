import { describe, it, expect } from 'vitest';
import { paramValueFromText } from '../../../../shared/request/param-value-from-text';

describe('param-value-from-text', () => {
  it('keeps primitive text as it is', () => {
    expect(paramValueFromText(' a,b ', 'primitive')).toEqual({ value: { kind: 'primitive', value: ' a,b ' } });
  });

  it('reads arrays comma-separated or as a JSON array', () => {
    expect(paramValueFromText('a, b,,c', 'array').value).toEqual({ kind: 'array', items: ['a', 'b', 'c'] });
    expect(paramValueFromText('["a,b", 2, true]', 'array').value).toEqual({ kind: 'array', items: ['a,b', '2', 'true'] });
  });

  it('reads objects as JSON, key=value pairs or alternating keys and values', () => {
    const entries = [['R', '100'], ['G', '200']];
    expect(paramValueFromText('{"R":100,"G":200}', 'object').value).toEqual({ kind: 'object', entries });
    expect(paramValueFromText('R=100, G=200', 'object').value).toEqual({ kind: 'object', entries });
    expect(paramValueFromText('R,100,G,200', 'object').value).toEqual({ kind: 'object', entries });
    expect(paramValueFromText('{"a":{"b":1}}', 'object').value).toEqual({ kind: 'object', entries: [['a', '{"b":1}']] });
  });

  it('reports text that is no object', () => {
    expect(paramValueFromText('{oops', 'object').problem).toMatch(/not a valid JSON object/);
    expect(paramValueFromText('a,b,c', 'object').problem).toMatch(/not an object/);
  });
});
