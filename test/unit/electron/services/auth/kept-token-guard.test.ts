import { describe, expect, it } from 'vitest';
import { refuseUnboundKeptToken } from '../../../../../electron/services/auth/kept-token-guard';
import { OAuthTokenStore } from '../../../../../electron/services/auth/token-store';

describe('kept-token-guard', () => {
  it('refuses an app send that carries a kept token to an origin it is not bound to, and lets the others go', async () => {
    const store = new OAuthTokenStore(undefined);
    const accessToken = 'kept-access-token-0123456789';
    await store.save({ key: 'k', flow: 'deviceCode', tokenUrl: 'http://127.0.0.1:7000/token', clientId: 'tv-app', accessToken, tokenType: 'Bearer', obtainedAt: Date.now(), origins: ['http://127.0.0.1:8000'] });
    const headers = [{ name: 'Authorization', value: `Bearer ${accessToken}` }];
    await expect(refuseUnboundKeptToken({ url: 'http://127.0.0.1:8000/me', headers }, store)).resolves.toBeUndefined();
    await expect(refuseUnboundKeptToken({ url: 'http://127.0.0.1:9000/collect', headers }, store)).rejects.toMatchObject({
      code: 'token-origin',
      message:
        'The kept OAuth token for client "tv-app" at http://127.0.0.1:7000/token was only used with http://127.0.0.1:8000, so it is not sent to http://127.0.0.1:9000. If that API should get it, send a request to it once in Roundtrip and allow http://127.0.0.1:9000, or log in again from a request to http://127.0.0.1:9000.',
    });
    await expect(refuseUnboundKeptToken({ url: 'http://127.0.0.1:9000/collect', headers: [] }, store)).resolves.toBeUndefined();
    await store.allowOrigin('k', 'http://127.0.0.1:9000', { tokenUrl: '', clientId: 'tv-app' });
    await expect(refuseUnboundKeptToken({ url: 'http://127.0.0.1:9000/collect', headers }, store)).resolves.toBeUndefined();
  });

  it('refuses a token in the body, and the token a new login for the same settings replaced', async () => {
    const store = new OAuthTokenStore(undefined);
    const first = 'kept-access-token-first-0123456789';
    const kept = { key: 'k', flow: 'deviceCode' as const, tokenUrl: 'http://127.0.0.1:7000/token', clientId: 'tv-app', tokenType: 'Bearer', obtainedAt: Date.now(), origins: ['http://127.0.0.1:8000'] };
    await store.save({ ...kept, accessToken: first });
    await expect(refuseUnboundKeptToken({ url: 'http://127.0.0.1:9000/collect', headers: [], body: { mediaType: 'application/json', text: JSON.stringify({ token: first }) } }, store)).rejects.toMatchObject({ code: 'token-origin' });
    await store.save({ ...kept, accessToken: 'kept-access-token-second-0123456789' });
    const stale = [{ name: 'Authorization', value: `Bearer ${first}` }];
    await expect(refuseUnboundKeptToken({ url: 'http://127.0.0.1:9000/collect', headers: stale }, store)).rejects.toMatchObject({ code: 'token-origin' });
    await expect(refuseUnboundKeptToken({ url: 'http://127.0.0.1:8000/me', headers: stale }, store)).resolves.toBeUndefined();
    // Cleared, the login is forgotten with every token it had.
    await store.clear('k');
    await expect(refuseUnboundKeptToken({ url: 'http://127.0.0.1:9000/collect', headers: stale }, store)).resolves.toBeUndefined();
  });
});
