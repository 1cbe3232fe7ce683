import { describe, expect, it } from 'vitest';
import { WRONG_CREDENTIAL, wrongCredential, wrongCredentials } from '../../../../shared/verify/wrong-credentials';

describe('wrong-credentials', () => {
  it('sends a wrong Bearer token for bearer, OAuth 2.0 and OpenID Connect schemes', () => {
    const bearer = { kind: 'header', header: { name: 'Authorization', value: `Bearer ${WRONG_CREDENTIAL}` } };
    expect(wrongCredential({ type: 'http', scheme: 'bearer' })).toEqual(bearer);
    expect(wrongCredential({ type: 'oauth2', flows: {} })).toEqual(bearer);
    expect(wrongCredential({ type: 'openIdConnect', openIdConnectUrl: 'https://id/.well-known/openid-configuration' })).toEqual(bearer);
  });

  it('sends wrong Basic credentials for basic', () => {
    expect(wrongCredential({ type: 'http', scheme: 'Basic' })).toEqual({ kind: 'header', header: { name: 'Authorization', value: `Basic ${Buffer.from('roundtrip-verify:wrong').toString('base64')}` } });
  });

  it('answers a Digest challenge with a wrong password, keeping the given user name', () => {
    expect(wrongCredential({ type: 'http', scheme: 'digest' })).toEqual({ kind: 'signing', header: 'Authorization', signing: { kind: 'digest', username: 'roundtrip-verify', password: WRONG_CREDENTIAL } });
    expect(wrongCredential({ type: 'http', scheme: 'Digest' }, { kind: 'digest', username: 'mufasa', password: 'Circle of Life' })).toEqual({
      kind: 'signing',
      header: 'Authorization',
      signing: { kind: 'digest', username: 'mufasa', password: WRONG_CREDENTIAL },
    });
  });

  it('sends a custom scheme under its own name, never as Bearer', () => {
    expect(wrongCredential({ type: 'http', scheme: 'X-Company-Token' })).toEqual({ kind: 'header', header: { name: 'Authorization', value: `X-Company-Token ${WRONG_CREDENTIAL}` } });
    expect(wrongCredential({ type: 'http', scheme: 'Negotiate' })).toEqual({ kind: 'header', header: { name: 'Authorization', value: `Negotiate ${WRONG_CREDENTIAL}` } });
  });

  it('skips, saying why, a scheme whose credential takes several round trips or whose name cannot be sent', () => {
    expect(wrongCredential({ type: 'http', scheme: 'SCRAM-SHA-256' })).toEqual({ kind: 'skip', reason: expect.stringContaining('The SCRAM-SHA-256 scheme (RFC 7804) answers the server\'s challenge over several requests') });
    expect(wrongCredential({ type: 'http', scheme: 'my scheme' })).toEqual({ kind: 'skip', reason: expect.stringContaining('"my scheme" is not a valid scheme name') });
  });

  it('puts a wrong value in an apiKey header, and says a query or cookie key is not sent', () => {
    expect(wrongCredential({ type: 'apiKey', in: 'header', name: 'X-API-Key' })).toEqual({ kind: 'header', header: { name: 'X-API-Key', value: WRONG_CREDENTIAL } });
    expect(wrongCredential({ type: 'apiKey', in: 'query', name: 'key' })?.kind).toBe('not-header');
    expect(wrongCredential({ type: 'mutualTLS' })).toBeUndefined();
  });

  it('combines an operation\'s schemes: one value per header, a Digest answer, the first reason to skip', () => {
    expect(wrongCredentials([{ type: 'http', scheme: 'digest' }, { type: 'apiKey', in: 'header', name: 'X-Tenant' }])).toEqual({
      names: ['Authorization', 'X-Tenant'],
      headers: [{ name: 'X-Tenant', value: WRONG_CREDENTIAL }],
      signing: { kind: 'digest', username: 'roundtrip-verify', password: WRONG_CREDENTIAL },
    });
    expect(wrongCredentials([{ type: 'http', scheme: 'bearer' }, { type: 'oauth2', flows: {} }]).headers).toHaveLength(1);
    expect(wrongCredentials([{ type: 'http', scheme: 'hoba' }])).toMatchObject({ names: ['Authorization'], skip: expect.stringContaining('RFC 7486') });
    expect(wrongCredentials([{ type: 'apiKey', in: 'cookie', name: 'sid' }, { type: 'http', scheme: 'bearer' }])).toMatchObject({ notHeaders: expect.stringContaining('query parameter or cookie') });
  });
});
