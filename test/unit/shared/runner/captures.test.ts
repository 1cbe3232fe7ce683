import { describe, expect, it } from 'vitest';
import { assertionHasVariables, fillAssertion, runCaptures } from '../../../../shared/runner/captures';

const response = { status: 201, headers: [{ name: 'Location', value: '/items/7' }], bodyText: '{"id":7,"name":"lamp","owner":{"id":"u1"}}', timeMs: 3 };

describe('captures', () => {
  it('captures JSON values, headers and the status as text', () => {
    const results = runCaptures(
      [
        { name: 'createdId', from: 'json', path: '$.id' },
        { name: 'owner', from: 'json', path: '/owner' },
        { name: 'where', from: 'header', path: 'location' },
        { name: 'code', from: 'status' },
      ],
      response,
    );
    expect(results).toEqual([
      { name: 'createdId', ok: true, value: '7' },
      { name: 'owner', ok: true, value: '{"id":"u1"}' },
      { name: 'where', ok: true, value: '/items/7' },
      { name: 'code', ok: true, value: '201' },
    ]);
  });
  it('reports a capture that finds nothing', () => {
    const [missing, header] = runCaptures([{ name: 'x', from: 'json', path: '$.nope' }, { name: 'y', from: 'header', path: 'ETag' }], response);
    expect(missing).toEqual({ name: 'x', ok: false, message: 'expected a value at $.nope to capture into x, got nothing there' });
    expect(header).toEqual({ name: 'y', ok: false, message: 'expected a ETag header to capture into y, got none' });
    expect(runCaptures([{ name: 'z', from: 'json', path: '$.id' }], { ...response, bodyText: 'plain' })[0]).toMatchObject({ ok: false });
  });
  it('fills variables into assertion values', () => {
    expect(fillAssertion({ type: 'json', path: '$.id', op: 'equals', value: '{{createdId}}' }, { createdId: '7' })).toEqual({ type: 'json', path: '$.id', op: 'equals', value: '7' });
    expect(fillAssertion({ type: 'header', name: 'Location', op: 'equals', value: '/items/{{id}}' }, { id: '3' })).toMatchObject({ value: '/items/3' });
  });

  it('tells which assertions have a {{name}} to fill, so the others need no variables merged', () => {
    expect(assertionHasVariables({ type: 'header', name: 'Location', op: 'equals', value: '/items/{{id}}' })).toBe(true);
    expect(assertionHasVariables({ type: 'json', path: '$.items[{{i}}]', op: 'exists' })).toBe(true);
    expect(assertionHasVariables({ type: 'json', path: '$.name', op: 'equals', value: '{{name}}' })).toBe(true);
    expect(assertionHasVariables({ type: 'body', op: 'contains', value: 'x{{y}}' })).toBe(true);
    expect(assertionHasVariables({ type: 'json', path: '$.name', op: 'equals', value: 'lamp' })).toBe(false);
    expect(assertionHasVariables({ type: 'header', name: 'Connection', op: 'exists' })).toBe(false);
    expect(assertionHasVariables({ type: 'status', equals: 200 })).toBe(false);
  });
});
