import { describe, expect, it } from 'vitest';
import { implicitAnswerCheck, implicitStatusCheck } from '../../../../shared/runner/implicit-check';

describe('implicit-check', () => {
  it('passes 2xx and 3xx and fails anything else when no operation is linked', () => {
    expect(implicitStatusCheck(200)).toEqual({ name: 'implicit: status is 2xx or 3xx', passed: true, implicit: true });
    expect(implicitStatusCheck(304).passed).toBe(true);
    expect(implicitStatusCheck(401)).toMatchObject({ passed: false, implicit: true, message: 'expected a 2xx or 3xx status, got 401 (the request has no assertions, so only its status is checked)' });
    expect(implicitStatusCheck(404).passed).toBe(false);
    expect(implicitStatusCheck(500).passed).toBe(false);
    expect(implicitStatusCheck(199).passed).toBe(false);
  });

  it('holds the status to the successes the linked operation declares', () => {
    const declared = ['201', '422'];
    expect(implicitStatusCheck(201, declared)).toEqual({ name: 'implicit: status is a success the spec declares (201)', passed: true, implicit: true });
    expect(implicitStatusCheck(200, declared)).toMatchObject({ passed: false, message: 'expected a success status the spec declares (201), got 200 (the request has no assertions, so only its status is checked)' });
    expect(implicitStatusCheck(422, declared).passed).toBe(false);
  });

  it('reads status ranges and falls back to 2xx/3xx when the spec declares no success', () => {
    expect(implicitStatusCheck(204, ['2XX', '404']).passed).toBe(true);
    expect(implicitStatusCheck(404, ['2XX', '404']).passed).toBe(false);
    expect(implicitStatusCheck(302, ['default']).passed).toBe(true);
    expect(implicitStatusCheck(401, ['default', '401']).passed).toBe(false);
  });
});

describe('implicit-check after redirects', () => {
  const op = { method: 'GET', path: '/old-books', responses: [{ status: '307' }] };
  const routes = [op, { method: 'GET', path: '/books', responses: [{ status: '200' }, { status: '422' }] }];
  const redirects = [{ method: 'GET', url: 'http://h/old-books', status: 307, location: '/books' }];

  it('checks the final answer of a followed redirect against the target operation', () => {
    expect(implicitAnswerCheck({ status: 200, url: 'http://h/books', method: 'GET', redirects }, { op, routes }).passed).toBe(true);
    expect(implicitAnswerCheck({ status: 422, url: 'http://h/books', method: 'GET', redirects }, { op, routes }).passed).toBe(false);
  });

  it('checks an answer from no operation of the document as any 2xx or 3xx', () => {
    expect(implicitAnswerCheck({ status: 200, url: 'http://elsewhere/x', method: 'GET', redirects }, { op, routes }).passed).toBe(true);
  });

  it('fails a redirect the operation does not declare', () => {
    const result = implicitAnswerCheck({ status: 200, url: 'http://h/books', method: 'GET', redirects }, { op: { ...op, responses: [{ status: '200' }] }, routes });
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/answered a 307 redirect to \/books/);
  });
});
