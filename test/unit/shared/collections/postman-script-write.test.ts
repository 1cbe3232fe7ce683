import { describe, expect, it } from 'vitest';
import { jsonExpression, preRequestLines, testScriptLines } from '../../../../shared/collections/postman-script-write';

describe('postman-script-write', () => {
  it('turns JSONPaths and JSON Pointers into script expressions, and gives up on wildcards', () => {
    expect(jsonExpression('$.items[0].id')).toBe('pm.response.json().items[0].id');
    expect(jsonExpression("$['display name'][-1]")).toBe('pm.response.json()["display name"].at(-1)');
    expect(jsonExpression('/items/0/a~1b')).toBe('pm.response.json().items[0]["a/b"]');
    expect(jsonExpression('$')).toBe('pm.response.json()');
    expect(jsonExpression('$.items[*].id')).toBeUndefined();
  });

  it('groups assertions by label into pm.test blocks, with notes back in their test and captures after', () => {
    const lines = testScriptLines({
      assertions: [
        { type: 'status', equals: 201, label: 'Created' },
        { type: 'json', path: '$.id', op: 'equals', value: '{{itemId}}', label: 'Created' },
        { type: 'header', name: 'Location', op: 'matches', value: '/items/' },
        { type: 'json', path: '$..id', op: 'exists' },
      ],
      captures: [{ name: 'itemId', from: 'json', path: '$.id' }, { name: 'where', from: 'header', path: 'Location' }],
      scriptNotes: [
        { event: 'test', line: 4, code: 'items.forEach(() => {});', test: 'Created', disabled: true },
        { event: 'test', line: 9, code: 'console.log(1);', disabled: true },
        { event: 'prerequest', line: 1, code: 'pm.environment.set("t", Date.now());', disabled: true },
      ],
    });
    expect(lines).toEqual([
      'pm.test("Created", function () {',
      '    pm.response.to.have.status(201);',
      '    pm.expect(String(pm.response.json().id)).to.eql(pm.variables.replaceIn("{{itemId}}"));',
      '    items.forEach(() => {});',
      '});',
      'pm.test("header Location matches /items/", function () {',
      '    pm.expect(pm.response.headers.get("Location")).to.match(new RegExp("/items/"));',
      '});',
      '// Not exported: $..id exists (a JSONPath with wildcards has no plain script form). roundtrip:assertion {"type":"json","path":"$..id","op":"exists"}',
      'console.log(1);',
      'pm.collectionVariables.set("itemId", pm.response.json().id);',
      'pm.collectionVariables.set("where", pm.response.headers.get("Location"));',
    ]);
    expect(preRequestLines([{ event: 'prerequest', line: 1, code: 'a();\nb();', disabled: true }])).toEqual(['a();', 'b();']);
  });
});
