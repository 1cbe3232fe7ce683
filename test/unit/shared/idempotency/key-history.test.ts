import { describe, expect, it } from 'vitest';
import { keyForNextSend, keyHistory } from '../../../../shared/idempotency/key-history';
import { withIdempotencyKey } from '../../../../shared/idempotency/key-lifecycle';
import type { RequestDescription } from '../../../../shared/request/request-model';

const post: RequestDescription = { method: 'POST', url: 'http://127.0.0.1:1/orders', headers: [], body: { mediaType: 'application/json', text: '{"item":"pen"}' } };

describe('key-history', () => {
  it('has nothing to say about a request without a key', () => {
    expect(keyHistory(post, withIdempotencyKey(post, 'k1'))).toBeUndefined();
  });

  it('calls a key new when nothing went out before, or something went out with another key', () => {
    expect(keyHistory(withIdempotencyKey(post, 'k1'), undefined)).toBe('new');
    expect(keyHistory(withIdempotencyKey(post, 'k2'), withIdempotencyKey(post, 'k1'))).toBe('new');
  });

  it('tells a repeat of the same request from the same key with another body or URL', () => {
    const sent = withIdempotencyKey(post, 'k1');
    expect(keyHistory({ ...sent, headers: [...sent.headers, { name: 'Authorization', value: 'Bearer new' }] }, sent)).toBe('repeat');
    expect(keyHistory({ ...sent, body: { mediaType: 'application/json', text: '{"item":"cup"}' } }, sent)).toBe('changed');
    expect(keyHistory({ ...sent, url: `${sent.url}?x=1` }, sent)).toBe('changed');
  });

  it('keeps the key of the same request for the next send, and gives a changed one a fresh key', () => {
    const sent = withIdempotencyKey(post, 'k1');
    const fresh = () => 'k2';
    expect(keyForNextSend(post, undefined, fresh)).toEqual({ value: 'k2', renewed: false });
    expect(keyForNextSend(post, sent, fresh)).toEqual({ value: 'k1', renewed: false });
    expect(keyForNextSend({ ...post, body: { mediaType: 'application/json', text: '{}' } }, sent, fresh)).toEqual({ value: 'k2', renewed: true });
    expect(keyForNextSend(post, post, fresh)).toEqual({ value: 'k2', renewed: false });
  });
});
