import { describe, expect, it } from 'vitest';
import { loginHeaderFor } from '../../../../../electron/services/auth/login-header';
import { OAuthTokenStore } from '../../../../../electron/services/auth/token-store';
import type { SecuritySchemeModel } from '../../../../../shared/model/api-model';

describe('login-header', () => {
  const tokenUrl = 'http://127.0.0.1:7000/token';
  const model = { securitySchemes: { tv: { type: 'oauth2', flows: { deviceCode: { deviceAuthorizationUrl: 'http://127.0.0.1:7000/device', tokenUrl, scopes: {} } } } satisfies SecuritySchemeModel } };

  async function storeWith(origins: readonly string[] | undefined): Promise<OAuthTokenStore> {
    const store = new OAuthTokenStore(undefined);
    await store.save({ key: 'k', flow: 'deviceCode', tokenUrl, clientId: 'tv-app', accessToken: 'kept', tokenType: 'Bearer', obtainedAt: Date.now(), ...(origins === undefined ? {} : { origins: [...origins] }) });
    return store;
  }

  it("gives verify the kept token for the document's flow when it is bound to the base URL's origin", async () => {
    const login = await loginHeaderFor(model, 'http://127.0.0.1:8000/api', await storeWith(['http://127.0.0.1:8000']));
    expect(login?.header).toEqual({ name: 'Authorization', value: 'Bearer kept' });
  });

  it('refuses to send it to another origin, or when it was kept before origins were recorded, and says how to allow it', async () => {
    await expect(loginHeaderFor(model, 'http://127.0.0.1:9000', await storeWith(['http://127.0.0.1:8000']))).rejects.toMatchObject({
      code: 'token-origin',
      message: `The kept OAuth token for client "tv-app" at ${tokenUrl} was only used with http://127.0.0.1:8000, so it is not sent to http://127.0.0.1:9000. If that API should get it, send a request to it once in Roundtrip and allow http://127.0.0.1:9000, or give the Authorization header with --header.`,
    });
    await expect(loginHeaderFor(model, 'http://127.0.0.1:8000', await storeWith(undefined))).rejects.toMatchObject({ code: 'token-origin', message: expect.stringContaining('has not been allowed for any API yet') });
  });
});
