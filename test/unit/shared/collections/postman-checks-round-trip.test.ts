import { describe, expect, it } from 'vitest';
import { parse } from 'acorn';
import { newCollection, newSavedRequest, type CollectionTree } from '../../../../shared/collections/collection-tree';
import { toPostman } from '../../../../shared/collections/postman-export';
import { fromPostman } from '../../../../shared/collections/postman-import';
import { translateTestScript } from '../../../../shared/collections/postman-script-read';
import { testScriptLines } from '../../../../shared/collections/postman-script-write';
import type { ScriptNote } from '../../../../shared/collections/format-v1';
import type { Assertion, Capture } from '../../../../shared/runner/assertion-model';

// Every assertion form the Postman export writes: imported back, each must be the assertion it came from.
const EVERY_ASSERTION: Assertion[] = [
  { type: 'status', equals: 201 },
  { type: 'status-range', min: 200, max: 299 },
  { type: 'status-in', codes: [200, 204] },
  { type: 'response-time', belowMs: 500 },
  { type: 'header', name: 'Location', op: 'exists' },
  { type: 'header', name: 'X-Debug', op: 'absent' },
  { type: 'header', name: 'Content-Type', op: 'equals', value: 'application/json' },
  { type: 'header', name: 'ETag', op: 'equals', value: '{{etag}}' },
  { type: 'header', name: 'Location', op: 'matches', value: '^/items/\\d+$' },
  { type: 'body', op: 'equals', value: 'ok' },
  { type: 'body', op: 'contains', value: '{{name}}' },
  { type: 'body', op: 'matches', value: '"id":\\s*\\d+' },
  { type: 'json', path: '$.id', op: 'exists' },
  { type: 'json', path: '$.deleted', op: 'absent' },
  { type: 'json', path: '$.id', op: 'equals', value: 7 },
  { type: 'json', path: '$.id', op: 'equals', value: '{{itemId}}' },
  { type: 'json', path: '$.name', op: 'equals', value: 'lamp' },
  { type: 'json', path: '$.tags', op: 'equals', value: ['a', 'b'] },
  { type: 'json', path: '$.owner', op: 'equals', value: null },
  { type: 'json', path: '$.active', op: 'equals', value: true },
  { type: 'json', path: '$', op: 'contains', value: { name: 'lamp' } },
  { type: 'json', path: '$.name', op: 'matches', value: '^la' },
  { type: 'json', path: '$.id', op: 'type', value: 'integer' },
  { type: 'json', path: '$.name', op: 'type', value: 'string' },
  { type: 'json', path: '$.items', op: 'type', value: 'array' },
  { type: 'json', path: '$.price', op: 'above', value: 1 },
  { type: 'json', path: '$.price', op: 'below', value: 100 },
  { type: 'json', path: '$.price', op: 'at-least', value: 2 },
  { type: 'json', path: '$.price', op: 'at-most', value: 3 },
  { type: 'json', path: '$.items', op: 'length', value: 2 },
  { type: 'json', path: "$.items[-1]['display name']", op: 'exists' },
  { type: 'json', path: '$.items[0].id', op: 'equals', value: 1 },
  // Forms newman cannot run: they travel as comments and come back.
  { type: 'json', path: '$..id', op: 'exists' },
  { type: 'conforms' },
  { type: 'idempotent' },
  // Labelled ones, as an imported pm.test with two checks.
  { type: 'status', equals: 200, label: 'Fetched' },
  { type: 'json', path: '$.id', op: 'exists', label: 'Fetched' },
  { type: 'idempotent', label: 'Fetched' },
];

const EVERY_CAPTURE: Capture[] = [
  { name: 'itemId', from: 'json', path: '$.id' },
  { name: 'where', from: 'header', path: 'Location' },
  { name: 'code', from: 'status' },
  { name: 'ids', from: 'json', path: '$..id' },
];

describe('Postman checks round trip', () => {
  it('reads back every assertion and capture the export writes, in order', () => {
    const script = testScriptLines({ assertions: EVERY_ASSERTION, captures: EVERY_CAPTURE }).join('\n');
    const back = translateTestScript(script);
    expect(back.notes).toEqual([]);
    expect(back.assertions).toEqual(EVERY_ASSERTION);
    expect(back.captures).toEqual(EVERY_CAPTURE);
  });

  it('keeps a note inside a test as it was, however often it travels', () => {
    const notes: ScriptNote[] = [
      { event: 'test', line: 3, code: 'items.forEach(function (item) {\n    pm.expect(item.name).to.be.a("string");\n});', test: 'Each item', disabled: true },
      { event: 'test', line: 9, code: 'if (pm.response.code === 500) {\n    console.log("server error");\n}', disabled: true },
    ];
    let current: readonly ScriptNote[] = notes;
    for (let trip = 0; trip < 3; trip += 1) {
      current = translateTestScript(testScriptLines({ scriptNotes: [...current] }).join('\n')).notes;
      expect(current.map(({ code, test }) => ({ code, test }))).toEqual(notes.map(({ code, test }) => ({ code, test })));
    }
  });

  it('brings a whole collection back from its Postman export with its checks', () => {
    const tree: CollectionTree = {
      // A spec and an operation for the conforms and idempotent checks to check against.
      collection: newCollection('Checks', { spec: { source: 'openapi.json' } }),
      items: [
        {
          kind: 'request',
          request: newSavedRequest({
            name: 'Read item',
            method: 'GET',
            url: '{{baseUrl}}/items/{{itemId}}',
            operation: { key: 'GET /items/{id}' },
            assertions: EVERY_ASSERTION,
            captures: EVERY_CAPTURE,
          }),
        },
      ],
    };
    const back = fromPostman(JSON.parse(JSON.stringify(toPostman(tree))));
    if (!back.ok) throw new Error(back.message);
    expect(back.warnings).toEqual([]);
    expect(back.tree).toEqual(tree);
  });
});

describe('checks carried in comments', () => {
  it('takes only a valid check from a comment, and leaves other comments alone', () => {
    const script = [
      '// roundtrip:assertion {"type":"status","equals":"two hundred"}',
      '// roundtrip:assertion {not json}',
      '// an ordinary comment',
      '/* roundtrip:capture {"name":"id","from":"json","path":"$.id"} */',
      '// roundtrip:assertion {"type":"conforms","sneaky":"<script>"}',
    ].join('\n');
    const back = translateTestScript(script);
    expect(back.assertions).toEqual([{ type: 'conforms' }]);
    expect(back.captures).toEqual([{ name: 'id', from: 'json', path: '$.id' }]);
    expect(back.notes).toEqual([]);
  });
});

describe('what a carried check cannot do', () => {
  it('keeps a check inside its comment whatever its label holds, and reads it back whole', () => {
    for (const breaker of ['\u2028', '\u2029', '\n', '\r']) {
      const label = `x${breaker}pm.environment.set('leak', pm.environment.get('token')); //`;
      const assertions: Assertion[] = [{ type: 'conforms', label }, { type: 'json', path: `$..['a${breaker}b']`, op: 'exists' }];
      const captures: Capture[] = [{ name: 'ids', from: 'json', path: `$..['x${breaker}y']` }];
      const script = testScriptLines({ assertions, captures }).join('\n');
      const program = parse(script, { ecmaVersion: 'latest', sourceType: 'script' });
      expect(program.body).toEqual([]);
      const back = translateTestScript(script);
      expect(back.assertions).toEqual(assertions);
      expect(back.captures).toEqual(captures);
    }
  });

  it('keeps the order of assertions whose labels interleave', () => {
    const assertions: Assertion[] = [
      { type: 'status', equals: 200, label: 'Fetched' },
      { type: 'json', path: '$.id', op: 'exists' },
      { type: 'json', path: '$.name', op: 'exists', label: 'Fetched' },
    ];
    expect(translateTestScript(testScriptLines({ assertions }).join('\n')).assertions).toEqual(assertions);
  });

  it('reads .at(n) as an index only where the export writes it (a negative one)', () => {
    expect(translateTestScript('pm.expect(pm.response.json().name.at(0)).to.eql("l");').assertions).toEqual([]);
    expect(translateTestScript('pm.expect(pm.response.json().items.at(-1)).to.eql(3);').assertions).toEqual([{ type: 'json', path: '$.items[-1]', op: 'equals', value: 3 }]);
  });
});
