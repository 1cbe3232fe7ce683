import { describe, expect, it } from 'vitest';
import { oauth2Auth } from '../../../../shared/collections/import-parts';

describe('import-parts', () => {
  it("reads OAuth 2.0 auth through each tool's own field names, leaving out empty ones", () => {
    const bruno: Record<string, string> = { grant_type: 'client_credentials', access_token_url: 'https://id.example/token', client_id: 'app', client_secret: '', scope: 'read' };
    expect(oauth2Auth(bruno['grant_type'] ?? '', { accessTokenUrl: 'access_token_url', authUrl: 'authorization_url', clientId: 'client_id', clientSecret: 'client_secret', scope: 'scope' }, (name) => bruno[name] ?? '')).toEqual({ type: 'oauth2', grantType: 'client_credentials', accessTokenUrl: 'https://id.example/token', clientId: 'app', scope: 'read' });
  });

  it('takes the authorization code grant when the source names none', () => {
    expect(oauth2Auth('', { accessToken: 'accessToken' }, (name) => (name === 'accessToken' ? 't0ken' : ''))).toEqual({ type: 'oauth2', grantType: 'authorization_code', accessToken: 't0ken' });
  });
});
