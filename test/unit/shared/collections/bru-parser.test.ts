import { describe, expect, it } from 'vitest';
import { blockPairs, blockText, blockValue, parseBru } from '../../../../shared/collections/bru-parser';

describe('bru-parser', () => {
  it('reads dictionary, text and list blocks', () => {
    const parsed = parseBru(['meta {', '  name: Create item', '  seq: 2', '}', '', 'post {', '  url: {{baseUrl}}/items?a=b:c', '}', '', 'body:json {', '  {', '    "name": "lamp"', '  }', '}', '', 'vars:secret [', '  apiKey,', '  token', ']', ''].join('\n'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(blockValue(parsed.blocks, 'meta', 'name')).toBe('Create item');
    // Only the first colon splits a pair: the URL keeps its own.
    expect(blockValue(parsed.blocks, 'post', 'url')).toBe('{{baseUrl}}/items?a=b:c');
    expect(blockText(parsed.blocks, 'body:json')).toBe('{\n  "name": "lamp"\n}');
    expect(parsed.blocks.find((b) => b.name === 'vars:secret')).toEqual({ kind: 'list', name: 'vars:secret', items: ['apiKey', 'token'] });
  });

  it('marks pairs disabled by ~, unquotes quoted keys and keeps descriptions', () => {
    const parsed = parseBru(['headers {', "  @description('who calls')", '  X-Client: bruno', '  ~X-Debug: 1', '  "a:b": c', '}'].join('\n'));
    expect(parsed.ok && blockPairs(parsed.blocks, 'headers')).toEqual([
      { name: 'X-Client', value: 'bruno', enabled: true, description: 'who calls' },
      { name: 'X-Debug', value: '1', enabled: false },
      { name: 'a:b', value: 'c', enabled: true },
    ]);
  });

  it("reads a value spanning lines between ''' marks, with its content type", () => {
    const parsed = parseBru(['body:multipart-form {', "  multiline: '''", '    line one', '    line two', "  ''' @contentType(text/plain)", '  file: @file(a.png|b.png)', '}'].join('\n'));
    expect(parsed.ok && blockPairs(parsed.blocks, 'body:multipart-form')).toEqual([
      { name: 'multiline', value: 'line one\nline two @contentType(text/plain)', enabled: true },
      { name: 'file', value: '@file(a.png|b.png)', enabled: true },
    ]);
  });

  it('reads CRLF files and a byte order mark', () => {
    const parsed = parseBru('\uFEFFmeta {\r\n  name: Windows\r\n}\r\n');
    expect(parsed.ok && blockValue(parsed.blocks, 'meta', 'name')).toBe('Windows');
  });

  it('names the line of a block that is never closed, or text outside any block', () => {
    expect(parseBru('meta {\n  name: x\n')).toEqual({ ok: false, message: expect.stringContaining('"meta" opened on line 1 is never closed') });
    expect(parseBru('meta {\n}\nhello there\n')).toEqual({ ok: false, message: expect.stringContaining('line 3 ("hello there") does not open a block') });
    expect(parseBru('headers {\n  no colon here\n}\n')).toEqual({ ok: false, message: expect.stringContaining('line 2 ("no colon here") is not a "key: value" pair') });
  });
});
