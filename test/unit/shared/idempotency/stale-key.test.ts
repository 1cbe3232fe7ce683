import { describe, expect, it } from 'vitest';
import { staleKey, type KeyUses } from '../../../../shared/idempotency/stale-key';

const uses = (over: Partial<KeyUses>): KeyUses => ({ key: 'k1', pinned: false, fingerprint: 'B', intent: 'form B', ...over });

describe('stale-key', () => {
  it('keeps a key never sent and held by no file, whatever the request', () => {
    expect(staleKey(uses({}))).toBeUndefined();
    expect(staleKey(uses({ delivered: { key: 'k0', fingerprint: 'A' } }))).toBeUndefined();
  });

  it('says a key that went out with another request is stale, and one that went with this request is not', () => {
    expect(staleKey(uses({ delivered: { key: 'k1', fingerprint: 'A' } }))).toBe('sent');
    expect(staleKey(uses({ delivered: { key: 'k1', fingerprint: 'B' } }))).toBeUndefined();
  });

  it('says a key a file holds beside another request is stale until it goes out from the editor', () => {
    expect(staleKey(uses({ named: { key: 'k1', intent: 'form A' } }))).toBe('saved');
    expect(staleKey(uses({ named: { key: 'k1', intent: 'form B' } }))).toBeUndefined();
    // The file held another key: the editor's own is not the file's.
    expect(staleKey(uses({ named: { key: 'k0', intent: 'form A' } }))).toBeUndefined();
    // Sent since with this very request: the send is what the key names now.
    expect(staleKey(uses({ named: { key: 'k1', intent: 'form A' }, delivered: { key: 'k1', fingerprint: 'B' } }))).toBeUndefined();
  });

  it('keeps a pinned key', () => {
    expect(staleKey(uses({ pinned: true, delivered: { key: 'k1', fingerprint: 'A' } }))).toBeUndefined();
    expect(staleKey(uses({ pinned: true, named: { key: 'k1', intent: 'form A' } }))).toBeUndefined();
  });
});
