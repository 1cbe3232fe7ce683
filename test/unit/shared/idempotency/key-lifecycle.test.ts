import { describe, it, expect } from 'vitest';
import { answersEarlierRequest, explainKeyResponse, isUuidV4, withIdempotencyKey } from '../../../../shared/idempotency/key-lifecycle';
import type { RequestDescription, ResponseSnapshot } from '../../../../shared/request/request-model';

const post: RequestDescription = { method: 'POST', url: 'http://127.0.0.1:1/orders', headers: [{ name: 'Accept', value: 'application/json' }] };
const keyed = withIdempotencyKey(post, '8e03978e-40d5-43e8-bc93-6894a57f9324');

function response(status: number, headers: { name: string; value: string }[] = [], json?: unknown): ResponseSnapshot {
  const body = json === undefined ? { kind: 'empty' as const } : { kind: 'text' as const, text: JSON.stringify(json), truncated: false };
  return { url: post.url, method: 'POST', status, statusText: '', headers, body, sizeBytes: 0, timeMs: 1 };
}

describe('key-lifecycle', () => {
  it('recognises a UUID v4', () => {
    expect(isUuidV4('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(true);
    expect(isUuidV4('8e03978e-40d5-13e8-bc93-6894a57f9324')).toBe(false);
    expect(isUuidV4(crypto.randomUUID())).toBe(true);
  });

  it('adds the key header, replacing any earlier key in whatever spelling', () => {
    expect(keyed.headers).toEqual([{ name: 'Accept', value: 'application/json' }, { name: 'Idempotency-Key', value: '8e03978e-40d5-43e8-bc93-6894a57f9324' }]);
    const again = withIdempotencyKey({ ...keyed, headers: [...keyed.headers, { name: 'x-idempotency-key', value: 'old' }] }, 'k2', 'X-Idempotency-Key');
    expect(again.headers.filter((h) => /idempotency-key/i.test(h.name))).toEqual([{ name: 'X-Idempotency-Key', value: 'k2' }]);
  });

  it('puts a renewed key where the earlier key header was, so the other headers keep their order', () => {
    const headers = [{ name: 'Accept', value: '*/*' }, { name: 'Idempotency-Key', value: 'old' }, { name: 'X-Trace', value: 't' }];
    expect(withIdempotencyKey({ ...post, headers }, 'k2').headers).toEqual([{ name: 'Accept', value: '*/*' }, { name: 'Idempotency-Key', value: 'k2' }, { name: 'X-Trace', value: 't' }]);
  });

  it('explains a replayed response', () => {
    const note = explainKeyResponse(keyed, response(201, [{ name: 'Idempotent-Replayed', value: 'true' }]), true);
    expect(note?.kind).toBe('replayed');
    expect(note?.text).toMatch(/^Replayed: the server had already handled Idempotency-Key 8e03978e/);
  });

  it("explains the draft's 409 and 422 for a keyed request", () => {
    expect(explainKeyResponse(keyed, response(409), true)?.text).toMatch(/still being processed/);
    expect(explainKeyResponse(keyed, response(422), true, 'changed')?.text).toMatch(/already used with a different body/);
  });

  it('explains a 400 without a key only when the operation declares one', () => {
    expect(explainKeyResponse(post, response(400), true)?.kind).toBe('key-missing');
    expect(explainKeyResponse(post, response(400), false)).toBeUndefined();
  });

  it('says nothing about keys for a request without one, and notes the key of a first success', () => {
    expect(explainKeyResponse(post, response(201), true)).toBeUndefined();
    expect(explainKeyResponse(keyed, response(201), true)?.kind).toBe('first');
    expect(explainKeyResponse(keyed, response(500), true)).toBeUndefined();
  });

  it('speaks of a reused key on a 422 only when the key was reused, never for a validation answer', () => {
    const fastApi = { detail: [{ loc: ['body', 'item'], msg: 'field required', type: 'value_error.missing' }] };
    expect(explainKeyResponse(keyed, response(422, [], fastApi), true, 'changed')).toBeUndefined();
    expect(explainKeyResponse(keyed, response(422), true, 'new')).toBeUndefined();
    const told = explainKeyResponse(keyed, response(422, [], { detail: 'Idempotency-Key was already used with a different body' }), true, 'new');
    expect(told?.kind).toBe('key-reused');
  });

  it('says a replay of an earlier request with another body, or a success after one, is not the answer to what was sent', () => {
    const replayed = explainKeyResponse(keyed, response(201, [{ name: 'Idempotency-Replayed', value: 'true' }]), true, 'changed');
    expect(replayed?.text).toMatch(/not to what was just sent/);
    const silent = explainKeyResponse(keyed, response(201), true, 'changed');
    expect(silent?.kind).toBe('earlier');
    expect(answersEarlierRequest(silent)).toBe(true);
    expect(answersEarlierRequest(explainKeyResponse(keyed, response(201), true, 'repeat'))).toBe(false);
    expect(answersEarlierRequest(replayed)).toBe(true);
  });
});
