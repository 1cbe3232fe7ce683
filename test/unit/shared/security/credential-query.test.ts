import { describe, expect, it } from 'vitest';
import { credentialQueryPairs, exchangeMasks, maskCredentialQuery, maskTextWithUrls, queryPlaces } from '../../../../shared/security/credential-query';
import { credentialValues } from '../../../../shared/security/credential-values';

describe('credential-query', () => {
  it('finds the credential parameters by name or by a secret value, however short, and never an empty one', () => {
    const pairs = credentialQueryPairs({ url: 'http://h/x?access_token=ab&page=1&shop=z&key=&q=z', secretValues: ['z'] });
    expect(pairs.map((pair) => [pair.name, pair.value])).toEqual([['access_token', 'ab'], ['shop', 'z'], ['q', 'z']]);
    expect(credentialQueryPairs({ url: 'http://h/x?partner_code=1', credentialNames: { headers: [], query: ['partner_code'] } }).map((pair) => pair.name)).toEqual(['partner_code']);
    expect(credentialQueryPairs({ url: 'http://h/x' })).toEqual([]);
  });

  it('masks a credential parameter by its place and leaves every other byte as written', () => {
    const places = queryPlaces({ url: 'http://h/moved/abc?access_token=ab&page=1' });
    expect(maskCredentialQuery('http://h/moved/abc?access_token=ab&page=1#top', places)).toBe('http://h/moved/abc?access_token=[redacted]&page=1#top');
    // Another URL of the exchange: named like a credential, or the request's own parameter again.
    expect(maskCredentialQuery('/landing?TOKEN=q&page=%201', places)).toBe('/landing?TOKEN=[redacted]&page=%201');
    const secret = queryPlaces({ url: 'http://h/x?shop=ab', secretValues: ['ab'] });
    expect(maskCredentialQuery('http://o/y?shop=ab&other=ab&shop=cd', secret)).toBe('http://o/y?shop=[redacted]&other=ab&shop=cd');
    expect(maskCredentialQuery('http://h/x?page=1', places)).toBe('http://h/x?page=1');
  });

  it('masks the URLs of an exchange by place, without masking a path segment that spells a query-only value', () => {
    for (const token of ['z', 'ab', 'abc', 'LONGACCESSTOKEN789']) {
      const request = { url: `http://h/moved/${token}?access_token=${token}&page=1`, headers: [] };
      expect(exchangeMasks(request, credentialValues(request)).url(request.url), token).toBe(`http://h/moved/${token}?access_token=[redacted]&page=1`);
    }
    // A value marked secret is looked for everywhere, path included.
    const secret = { url: 'http://h/users/s3cret?access_token=s3cret', headers: [], secretValues: ['s3cret'] };
    expect(exchangeMasks(secret, credentialValues(secret)).url(secret.url)).toBe('http://h/users/[redacted]?access_token=[redacted]');
  });

  it('masks the URLs inside a message by place and the rest of it by value', () => {
    const request = { url: 'http://127.0.0.1:8421/moved/abc?access_token=ab&page=1', headers: [{ name: 'X-Shop-Token', value: 'tok-123' }] };
    const masks = exchangeMasks(request, credentialValues(request));
    expect(masks.text('Could not reach http://127.0.0.1:8421/moved/abc?access_token=ab&page=1 (connection refused); sent tok-123')).toBe(
      'Could not reach http://127.0.0.1:8421/moved/abc?access_token=[redacted]&page=1 (connection refused); sent [redacted]',
    );
    expect(maskTextWithUrls('no url here', () => 'x', (text) => text.toUpperCase())).toBe('NO URL HERE');
  });
});
