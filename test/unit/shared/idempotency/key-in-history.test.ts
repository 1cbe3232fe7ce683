import { describe, it, expect } from 'vitest';
import { withIdempotencyKey } from '../../../../shared/idempotency/key-lifecycle';
import { redactRequest } from '../../../../shared/response/history-entry';

// The issue asks that the key in use is saved with the request, so a replay from history is reproducible:
// history redacts credentials, and an Idempotency-Key must not be mistaken for one.
describe('key-in-history', () => {
  it('keeps the Idempotency-Key of a request saved to history, while redacting its credentials', () => {
    const request = withIdempotencyKey(
      { method: 'POST', url: 'http://127.0.0.1:1/orders', headers: [{ name: 'Authorization', value: 'Bearer s3cret' }] },
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    const saved = redactRequest(request);
    expect(saved.headers.find((h) => h.name === 'Idempotency-Key')?.value).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(saved.headers.find((h) => h.name === 'Authorization')?.value).not.toBe('Bearer s3cret');
  });
});
