import { describe, expect, it } from 'vitest';
import type { ResponseSnapshot } from '../../../../shared/request/request-model';
import { judgeAssertions, judgeCaptures, observedFrom } from '../../../../shared/runner/last-results';

const response: ResponseSnapshot = {
  url: 'http://127.0.0.1/people/7',
  method: 'GET',
  status: 200,
  statusText: 'OK',
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  body: { kind: 'text', text: JSON.stringify({ name: 'Ada', id: 7, tags: ['x'] }), truncated: false },
  sizeBytes: 40,
  timeMs: 12,
  contentType: 'application/json',
};

describe('last-results', () => {
  const observed = observedFrom(response);

  it('judges each assertion against the last answer and shows what it found', () => {
    const results = judgeAssertions(
      [
        { type: 'json', path: '$.name', op: 'equals', value: 'Ada' },
        { type: 'json', path: '$.name', op: 'equals', value: 'Grace' },
        { type: 'status', equals: 201 },
        { type: 'header', name: 'Content-Type', op: 'matches', value: 'json' },
        { type: 'response-time', belowMs: 5 },
        { type: 'json', path: '$.missing', op: 'exists' },
      ],
      observed,
    );
    expect(results[0]).toEqual({ state: 'passed', actual: '"Ada"' });
    expect(results[1]).toEqual({ state: 'failed', actual: '"Ada"', message: 'expected $.name to equal "Grace", got "Ada"' });
    expect(results[2]).toMatchObject({ state: 'failed', actual: '200' });
    expect(results[3]).toEqual({ state: 'passed', actual: 'application/json' });
    expect(results[4]).toMatchObject({ state: 'failed', actual: '12 ms' });
    expect(results[5]).toMatchObject({ state: 'failed', actual: 'nothing there' });
  });

  it('fills {{variables}} in expected values, as a run does', () => {
    expect(judgeAssertions([{ type: 'json', path: '$.name', op: 'equals', value: '{{who}}' }], observed, { who: 'Ada' })[0]).toMatchObject({ state: 'passed' });
  });

  it('leaves what one send cannot judge, and what is not valid, unjudged with the reason', () => {
    const [idempotent, conforms, broken] = judgeAssertions([{ type: 'idempotent' }, { type: 'conforms' }, { type: 'status' }], observed);
    expect(idempotent).toMatchObject({ state: 'not-run', message: expect.stringContaining('runs only') as unknown });
    expect(conforms).toMatchObject({ state: 'not-run', message: expect.stringContaining('not linked') as unknown });
    expect(broken).toMatchObject({ state: 'not-run', message: expect.stringContaining('not valid') as unknown });
    const checked = observedFrom({ ...response, validation: { conforms: false, violations: [{ kind: 'body', message: 'name must be a number', pointer: '/name' }], notes: [] } });
    expect(judgeAssertions([{ type: 'conforms' }], checked)[0]).toMatchObject({ state: 'failed', actual: '1 violation' });
  });

  it('reads each capture the way a run would set it', () => {
    expect(judgeCaptures([{ name: 'id', from: 'json', path: '$.id' }, { name: 'etag', from: 'header', path: 'ETag' }, { name: 'code', from: 'status' }], observed)).toEqual([
      { state: 'passed', actual: '7' },
      { state: 'failed', message: 'expected a ETag header to capture into etag, got none' },
      { state: 'passed', actual: '200' },
    ]);
  });
});
