import { describe, expect, it } from 'vitest';
import { maskSignedValue, sentHeaders, signedHeaderEntries } from '../../../../shared/auth/signed-headers';

describe('signed-headers', () => {
  it('lists the headers signing added or changed, and none it kept as built', () => {
    const before = { Accept: '*/*', 'X-Amz-Date': '20000101T000000Z' };
    const sent = { Accept: '*/*', 'X-Amz-Date': '20261203T081500Z', Authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20261203/eu-west-1/s3/aws4_request, SignedHeaders=host, Signature=abc' };
    expect(signedHeaderEntries(before, sent)).toEqual([
      { name: 'X-Amz-Date', value: '20261203T081500Z' },
      { name: 'Authorization', value: 'AWS4-HMAC-SHA256 Credential=AKID/20261203/eu-west-1/s3/aws4_request, SignedHeaders=host, Signature=abc' },
    ]);
    expect(signedHeaderEntries(before, before)).toEqual([]);
  });

  it('masks the Digest response hash and the session token, and keeps the SigV4 signature', () => {
    expect(maskSignedValue('Authorization', 'Digest username="mufasa", realm="r", nonce="n", uri="/a", response="6629fae49393a05397450978507c4ef1", qop=auth, nc=00000001, cnonce="c"')).toBe(
      'Digest username="mufasa", realm="r", nonce="n", uri="/a", response="[redacted]", qop=auth, nc=00000001, cnonce="c"',
    );
    expect(maskSignedValue('authorization', 'Digest username="u", response=abcdef, nc=1')).toBe('Digest username="u", response="[redacted]", nc=1');
    expect(maskSignedValue('X-Amz-Security-Token', 'tok-123')).toBe('[redacted]');
    const sigv4 = 'AWS4-HMAC-SHA256 Credential=AKID/20261203/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123abcd';
    expect(maskSignedValue('Authorization', sigv4)).toBe(sigv4);
  });

  it('shows the built headers, those signing replaced dropped, then the signed ones marked', () => {
    const built = [
      { name: 'Accept', value: '*/*' },
      { name: 'authorization', value: '[redacted]', redacted: true },
    ];
    expect(sentHeaders(built, [{ name: 'Authorization', value: 'Digest response="[redacted]"' }])).toEqual([
      { name: 'Accept', value: '*/*' },
      { name: 'Authorization', value: 'Digest response="[redacted]"', signed: true },
    ]);
    expect(sentHeaders(built, undefined)).toEqual(built);
  });
});
