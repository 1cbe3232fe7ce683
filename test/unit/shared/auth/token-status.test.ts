import { describe, expect, it } from 'vitest';
import { dueForRefresh, expiryText } from '../../../../shared/auth/token-status';

describe('token-status', () => {
  const now = 1_000_000_000;

  it('is due for a refresh within a minute of expiry, not before', () => {
    expect(dueForRefresh(now + 61_000, now)).toBe(false);
    expect(dueForRefresh(now + 60_000, now)).toBe(true);
    expect(dueForRefresh(now - 1, now)).toBe(true);
    expect(dueForRefresh(undefined, now)).toBe(false);
  });

  it('words the time left and the time since expiry', () => {
    expect(expiryText(now + 45_000, now)).toBe('expires in 45 s');
    expect(expiryText(now + 4 * 60_000, now)).toBe('expires in 4 min');
    expect(expiryText(now + 3 * 3_600_000, now)).toBe('expires in 3 h');
    expect(expiryText(now - 120_000, now)).toBe('expired 2 min ago');
    expect(expiryText(undefined, now)).toBe('no expiry given');
  });
});
