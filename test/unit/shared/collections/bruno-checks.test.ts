import { describe, expect, it } from 'vitest';
import { translateBrunoChecks } from '../../../../shared/collections/bruno-checks';

const pair = (name: string, value: string, enabled = true) => ({ name, value, enabled });

describe('bruno-checks', () => {
  it('translates status, header, body and response-time assertions', () => {
    const out = translateBrunoChecks(
      [
        pair('res.status', 'eq 201'),
        pair('res.status', '200'),
        pair('res.status', 'gte 200'),
        pair('res.headers.content-type', 'contains application/json'),
        pair("res.headers['x-request-id']", 'isDefined'),
        pair('res.body.name', 'eq lamp'),
        pair('res.body.price', 'eq 12'),
        pair('res.body.code', "eq '12'"),
        pair('res.body.items[0].tags', 'contains new'),
        pair('res.body.deleted', 'isNull'),
        pair('res.body.items', 'isArray'),
        pair('res.body.missing', 'isUndefined'),
        pair('res.responseTime', 'lt 500'),
      ],
      [],
      'Request "x"',
    );
    expect(out.assertions).toEqual([
      { type: 'status', equals: 201 },
      { type: 'status', equals: 200 },
      { type: 'status-range', min: 200, max: 599 },
      { type: 'header', name: 'content-type', op: 'matches', value: 'application/json' },
      { type: 'header', name: 'x-request-id', op: 'exists' },
      { type: 'json', path: '$.name', op: 'equals', value: 'lamp' },
      { type: 'json', path: '$.price', op: 'equals', value: 12 },
      { type: 'json', path: '$.code', op: 'equals', value: '12' },
      { type: 'json', path: '$.items[0].tags', op: 'contains', value: 'new' },
      { type: 'json', path: '$.deleted', op: 'equals', value: null },
      { type: 'json', path: '$.items', op: 'type', value: 'array' },
      { type: 'json', path: '$.missing', op: 'absent' },
      { type: 'response-time', belowMs: 500 },
    ]);
    expect(out.dropped).toEqual([]);
  });

  it('reports what has no equivalent: lengths, negations, disabled pairs', () => {
    const out = translateBrunoChecks([pair('res.body.items.length', 'gt 0'), pair('res.body.name', 'neq pen'), pair('res.status', 'eq 200', false)], [], 'Request "x"');
    expect(out.assertions).toEqual([]);
    expect(out.dropped).toEqual([
      'Request "x": the assertion "res.body.items.length: gt 0" has no Roundtrip equivalent; it was left out.',
      'Request "x": the assertion "res.body.name: neq pen" has no Roundtrip equivalent; it was left out.',
      'Request "x": the disabled assertion "res.status: eq 200" was left out.',
    ]);
  });

  it('turns post-response variables into captures where they read the response plainly', () => {
    const out = translateBrunoChecks([], [pair('id', 'res.body.id'), pair('where', 'res.headers.location'), pair('code', 'res.status'), pair('first', "res.body['first name']"), pair('odd', 'res.body.tags.filter(t => t)[0]')], 'Request "x"');
    expect(out.captures).toEqual([
      { name: 'id', from: 'json', path: '$.id' },
      { name: 'where', from: 'header', path: 'location' },
      { name: 'code', from: 'status' },
      { name: 'first', from: 'json', path: "$['first name']" },
    ]);
    expect(out.dropped).toEqual(['Request "x": the post-response variable "odd: res.body.tags.filter(t => t)[0]" is an expression Roundtrip cannot capture; it was left out.']);
  });
});
