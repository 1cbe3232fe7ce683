import { describe, expect, it } from 'vitest';
import { exchangesReducer, keyNoteOf, lastDelivered, type ExchangesAction, type ExchangesState } from '../../../../../renderer/features/response/exchange-store';
import { withIdempotencyKey } from '../../../../../shared/idempotency/key-lifecycle';
import type { RequestDescription, ResponseSnapshot } from '../../../../../shared/request/request-model';
import type { RetryAttempt } from '../../../../../shared/idempotency/retry-policy';

const post: RequestDescription = { method: 'POST', url: 'http://127.0.0.1:1/orders', headers: [], body: { mediaType: 'application/json', text: '{"item":"pen"}' } };
const keyed = withIdempotencyKey(post, 'k1');
const ok = (status = 201): ResponseSnapshot => ({ url: post.url, method: 'POST', status, statusText: '', headers: [], body: { kind: 'empty' }, sizeBytes: 0, timeMs: 1 });
const run = (...actions: ExchangesAction[]): ExchangesState => actions.reduce(exchangesReducer, {});

describe('exchange-store', () => {
  it('keeps what was sent and what came back per tab, ignoring news of a send since replaced', () => {
    const state = run({ type: 'sending', key: 'tab', seq: 1, request: post }, { type: 'sending', key: 'tab', seq: 2, request: keyed }, { type: 'received', key: 'tab', seq: 1, response: ok() });
    expect(state['tab']).toMatchObject({ seq: 2, status: 'sending', request: keyed });
    const done = exchangesReducer(state, { type: 'received', key: 'tab', seq: 2, response: ok() });
    expect(done['tab']).toMatchObject({ seq: 2, status: 'received', request: keyed });
  });

  it('forgets the exchanges of requests no tab holds, and returns the same state when none is there', () => {
    const state = run({ type: 'sending', key: 'a', seq: 1, request: post }, { type: 'sending', key: 'b', seq: 2, request: keyed });
    expect(Object.keys(exchangesReducer(state, { type: 'forget', keys: ['a'] }))).toEqual(['b']);
    expect(exchangesReducer(state, { type: 'forget', keys: ['c'] })).toBe(state);
  });

  it('moves an exchange to the key its request is known by once saved', () => {
    const state = run({ type: 'sending', key: 'POST /orders', seq: 1, request: keyed }, { type: 'received', key: 'POST /orders', seq: 1, response: ok() });
    const moved = exchangesReducer(state, { type: 'move', from: 'POST /orders', to: 'saved' });
    expect(moved).toEqual({ saved: state['POST /orders'] });
    expect(exchangesReducer(moved, { type: 'move', from: 'POST /orders', to: 'saved' })).toBe(moved);
  });

  it('remembers the last request that reached the server, not one refused before it left', () => {
    const delivered = run({ type: 'sending', key: 'tab', seq: 1, request: keyed }, { type: 'received', key: 'tab', seq: 1, response: ok() });
    expect(lastDelivered(delivered['tab'])).toBe(keyed);
    const refused = [{ type: 'sending', key: 'tab', seq: 2, request: post }, { type: 'failed', key: 'tab', seq: 2, error: { code: 'connection-refused', message: 'refused' } }] satisfies ExchangesAction[];
    expect(lastDelivered(refused.reduce(exchangesReducer, delivered)['tab'])).toBe(keyed);
    expect(lastDelivered(run(...refused)['tab'])).toBeUndefined();
    const timedOut = [{ type: 'sending', key: 'tab', seq: 2, request: post }, { type: 'failed', key: 'tab', seq: 2, error: { code: 'timeout', message: 'no answer in time' } }] satisfies ExchangesAction[];
    expect(lastDelivered(timedOut.reduce(exchangesReducer, delivered)['tab'])).toBe(post);
  });

  it('works out once whether the key went out before, and with what', () => {
    const first = run({ type: 'sending', key: 'tab', seq: 1, request: keyed }, { type: 'received', key: 'tab', seq: 1, response: ok() });
    expect(first['tab']?.keyHistory).toBe('new');
    const again = exchangesReducer(first, { type: 'sending', key: 'tab', seq: 2, request: keyed });
    expect(again['tab']?.keyHistory).toBe('repeat');
    const other = exchangesReducer(first, { type: 'sending', key: 'tab', seq: 2, request: { ...keyed, body: { mediaType: 'application/json', text: '{"item":"cup"}' } } });
    expect(other['tab']?.keyHistory).toBe('changed');
    const answered = exchangesReducer(other, { type: 'received', key: 'tab', seq: 2, response: ok() });
    expect(keyNoteOf(answered['tab'], true)?.kind).toBe('earlier');
    expect(keyNoteOf(first['tab'], true)?.kind).toBe('first');
  });

  it('collects the attempts of a retried send as they come, then takes the final list', () => {
    let state = run({ type: 'sending', key: 'tab', seq: 1, request: keyed }, { type: 'attempt', key: 'tab', seq: 1, attempt: { attempt: 1, status: 503, timeMs: 5, waitMs: 10 } });
    expect(state['tab']?.attempts).toEqual([{ attempt: 1, status: 503, timeMs: 5, waitMs: 10 }]);
    const final: RetryAttempt[] = [{ attempt: 1, status: 503, timeMs: 5, waitMs: 10 }, { attempt: 2, status: 201, timeMs: 5 }];
    state = exchangesReducer(state, { type: 'received', key: 'tab', seq: 1, response: { ...ok(), retry: { attempts: final } } });
    expect(state['tab']?.attempts).toEqual(final);
  });
});
