import { describe, expect, it } from 'vitest';
import { jsonPath, jsonRows, valueAt } from '../../../../shared/response/json-rows';
import { parseChecks } from '../../../../shared/runner/assertion-model';
import { selectJson } from '../../../../shared/runner/json-path';
import { readAssertion, readCapture } from '../../../../shared/runner/read-checks';
import { addFromValue, ASSERTION_KINDS, assertionFromValue, captureFromValue, captureName, moveItem, newAssertion, removeItem, replaceItem, retypeAssertion, testsOf, withTests } from '../../../../shared/runner/test-edits';

describe('test-edits', () => {
  it('makes a new assertion of every kind that the runner accepts', () => {
    const assertions = ASSERTION_KINDS.map(([type]) => newAssertion(type));
    expect(parseChecks({ assertions })).toMatchObject({ ok: true });
    expect(assertions.map((a) => a.type)).toEqual(ASSERTION_KINDS.map(([type]) => type));
  });

  it('keeps the label when an assertion changes kind', () => {
    expect(retypeAssertion({ type: 'status', equals: 201, label: 'Created' }, 'header')).toEqual({ type: 'header', name: 'Content-Type', op: 'exists', label: 'Created' });
    expect(retypeAssertion({ type: 'status', equals: 201 }, 'conforms')).toEqual({ type: 'conforms' });
  });

  it('asserts a clicked value equal, or of its JSON type', () => {
    expect(assertionFromValue('equals', '$.name', 'Ada')).toEqual({ type: 'json', path: '$.name', op: 'equals', value: 'Ada' });
    expect(assertionFromValue('equals', '$.tags', ['a', 1])).toEqual({ type: 'json', path: '$.tags', op: 'equals', value: ['a', 1] });
    expect(assertionFromValue('type', '$.id', 3)).toEqual({ type: 'json', path: '$.id', op: 'type', value: 'integer' });
    expect(assertionFromValue('type', '$.price', 2.5)).toMatchObject({ value: 'number' });
    expect(assertionFromValue('type', '$.bio', null)).toMatchObject({ value: 'null' });
    expect(assertionFromValue('type', '$', {})).toMatchObject({ value: 'object' });
  });

  it('names a capture after the last member of its path, never taking a name twice', () => {
    expect(captureFromValue('$.items[0].id', [])).toEqual({ name: 'id', from: 'json', path: '$.items[0].id' });
    expect(captureName('$.items[0].id', ['id'])).toBe('id2');
    expect(captureName('$.items[0].id', ['id', 'id2'])).toBe('id3');
    expect(captureName('$["odd key"]', [])).toBe('odd_key');
    expect(captureName("$['a.b']", [])).toBe('a.b');
    expect(captureName('$[3]', [])).toBe('value');
    expect(captureName('$', [])).toBe('value');
  });

  it('moves, replaces and removes items without touching the others', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 2, 9)).toBe(list);
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(replaceItem(list, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeItem(list, 1)).toEqual(['a', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('says what is wrong with an item the runner would refuse', () => {
    expect(readAssertion({ type: 'status', equals: 200 })).toMatchObject({ ok: true });
    expect(readAssertion({ type: 'status', equals: 'two hundred' })).toMatchObject({ ok: false, message: expect.stringContaining('equals') as unknown });
    expect(readAssertion({ type: 'body', op: 'matches', value: '(' })).toMatchObject({ ok: false, message: expect.stringContaining('not a valid regular expression') as unknown });
    expect(readAssertion({ type: 'teapot' })).toMatchObject({ ok: false });
    expect(readCapture({ name: 'id', from: 'json', path: '$.id' })).toMatchObject({ ok: true });
    expect(readCapture({ name: 'id', from: 'header' })).toEqual({ ok: false, message: 'give the header to read' });
    expect(readCapture({ name: 'a b', from: 'status' })).toMatchObject({ ok: false });
  });

  it('reads back, through the runner, the JSONPath of every line clicked in the viewer', () => {
    const doc = { items: [{ id: 1, 'a/b': 'slash' }], 'odd key': { 'm~n': true, 'line\nbreak': 2, 'quote"d': 3, "it's": 4, '0': 'zero', $: 'dollar', 'a.b': 5, '[x]': 6 }, empty: [] };
    const rows = jsonRows(doc, () => true).filter((row) => row.kind !== 'close');
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(selectJson(doc, jsonPath(doc, row.pointer)), jsonPath(doc, row.pointer)).toEqual([valueAt(doc, row.pointer)]);
  });
});

describe('test-edits addFromValue', () => {
  it('appends an assertion or a capture for a clicked value and says what it added', () => {
    const start = { assertions: [{ type: 'status', equals: 200 }], captures: [{ name: 'name', from: 'json', path: '$.other' }] };
    const equals = addFromValue(start, 'assert-equals', '$.name', 'Ada');
    expect(equals.tests.assertions).toEqual([{ type: 'status', equals: 200 }, { type: 'json', path: '$.name', op: 'equals', value: 'Ada' }]);
    expect(equals.added).toBe('Added to Tests: $.name equals "Ada"');
    expect(addFromValue(start, 'assert-type', '$.id', 1).added).toBe('Added to Tests: $.id type "integer"');
    const captured = addFromValue(start, 'capture', '$.name', 'Ada');
    expect(captured.tests.captures.at(-1)).toEqual({ name: 'name2', from: 'json', path: '$.name' });
    expect(captured.added).toBe('Added to Tests: capture $.name as {{name2}}');
    expect(start.assertions).toHaveLength(1);
  });
});

describe('test-edits testsOf and withTests', () => {
  it('reads the lists a request holds and writes them back, leaving out empty ones', () => {
    const saved = { name: 'Read', assertions: [{ type: 'conforms' }] };
    expect(testsOf(saved)).toEqual({ assertions: [{ type: 'conforms' }], captures: [] });
    expect(withTests(saved, { assertions: [], captures: [{ name: 'id', from: 'status' }] })).toEqual({ name: 'Read', captures: [{ name: 'id', from: 'status' }] });
    expect(withTests(saved, { assertions: [], captures: [] })).toEqual({ name: 'Read' });
    expect(saved).toEqual({ name: 'Read', assertions: [{ type: 'conforms' }] });
  });
});
