import { describe, it, expect } from 'vitest';
import { jsonTokens } from '../../../../shared/schema-form/json-tokens';

describe('json-tokens', () => {
  it('tells keys from string values, and numbers, literals and punctuation apart', () => {
    expect(jsonTokens('{"a" : "x", "n": -1.5e3, "t": true, "z": null}').filter((t) => t.kind !== 'space')).toEqual([
      { kind: 'punctuation', text: '{' },
      { kind: 'key', text: '"a"' },
      { kind: 'punctuation', text: ':' },
      { kind: 'string', text: '"x"' },
      { kind: 'punctuation', text: ',' },
      { kind: 'key', text: '"n"' },
      { kind: 'punctuation', text: ':' },
      { kind: 'number', text: '-1.5e3' },
      { kind: 'punctuation', text: ',' },
      { kind: 'key', text: '"t"' },
      { kind: 'punctuation', text: ':' },
      { kind: 'literal', text: 'true' },
      { kind: 'punctuation', text: ',' },
      { kind: 'key', text: '"z"' },
      { kind: 'punctuation', text: ':' },
      { kind: 'literal', text: 'null' },
      { kind: 'punctuation', text: '}' },
    ]);
  });

  it('gives back exactly the input, even for broken JSON', () => {
    for (const text of ['{"a": "unterminated\n  "b": 1}', '{a: tru, "x\\"y": [1,2,}', '', '  \n\t']) {
      expect(jsonTokens(text).map((t) => t.text).join('')).toBe(text);
    }
  });
});
