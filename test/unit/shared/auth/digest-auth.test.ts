import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestAuthorization, parseChallenges, pickDigestChallenge, type DigestChallenge, type DigestHasher } from '../../../../shared/auth/digest-auth';

const hasher: DigestHasher = (hash, text) => createHash(hash === 'MD5' ? 'md5' : hash === 'SHA-256' ? 'sha256' : 'sha512-256').update(text, 'utf8').digest('hex');

// RFC 7616 §3.9.1: the worked example, once with SHA-256 and once with MD5.
const RFC_CHALLENGES = [
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
];
function picked(values: readonly string[]): DigestChallenge {
  const challenge = pickDigestChallenge(values);
  if (challenge === undefined) throw new Error(`no Digest challenge to answer in ${values.join(' | ')}`);
  return challenge;
}

const RFC_ANSWER = { username: 'Mufasa', password: 'Circle of Life', method: 'GET', uri: '/dir/index.html', cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ', nonceCount: 1 };

describe('digest-auth', () => {
  it('answers the RFC 7616 example with SHA-256, the strongest offered', () => {
    const challenge = picked(RFC_CHALLENGES);
    expect(challenge.algorithm).toBe('SHA-256');
    const header = digestAuthorization({ ...RFC_ANSWER, challenge }, hasher);
    expect(header).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
    expect(header).toContain('nc=00000001');
    expect(header).toContain('qop=auth,');
    expect(header).toContain('opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"');
    expect(header.startsWith('Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", algorithm=SHA-256')).toBe(true);
  });

  it('answers the RFC 7616 example with MD5 when only MD5 is offered', () => {
    const challenge = picked(RFC_CHALLENGES.slice(1));
    expect(challenge.algorithm).toBe('MD5');
    expect(digestAuthorization({ ...RFC_ANSWER, challenge }, hasher)).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
  });

  it('reads several challenges in one header beside other schemes', () => {
    const raw = parseChallenges(['Basic realm="x", Digest realm="a, b", nonce="n\\"1", algorithm=MD5-sess, qop=auth, stale=TRUE']);
    expect(raw.map((c) => c.scheme)).toEqual(['Basic', 'Digest']);
    const challenge = pickDigestChallenge(['Basic realm="x", Digest realm="a, b", nonce="n\\"1", algorithm=MD5-sess, qop=auth, stale=TRUE']);
    expect(challenge).toMatchObject({ realm: 'a, b', nonce: 'n"1', algorithm: 'MD5', session: true, stale: true, qop: ['auth'] });
  });

  it('hashes the secret with both nonces for a -sess algorithm and counts the nonce in hex', () => {
    const challenge = picked(['Digest realm="r", nonce="n", qop="auth", algorithm=SHA-256-sess']);
    const header = digestAuthorization({ ...RFC_ANSWER, challenge, nonceCount: 26 }, hasher);
    const h = (text: string): string => hasher('SHA-256', text);
    const ha1 = h(`${h('Mufasa:r:Circle of Life')}:n:${RFC_ANSWER.cnonce}`);
    const expected = h(`${ha1}:n:0000001a:${RFC_ANSWER.cnonce}:auth:${h('GET:/dir/index.html')}`);
    expect(header).toContain(`response="${expected}"`);
    expect(header).toContain('algorithm=SHA-256-sess');
    expect(header).toContain('nc=0000001a');
  });

  it('answers an RFC 2069 server (no qop) without nc and cnonce, and hashes the username when asked', () => {
    const challenge = picked(['Digest realm="r", nonce="n", userhash=true']);
    const header = digestAuthorization({ ...RFC_ANSWER, challenge }, hasher);
    const h = (text: string): string => hasher('MD5', text);
    expect(header).not.toContain('nc=');
    expect(header).toContain(`response="${h(`${h('Mufasa:r:Circle of Life')}:n:${h('GET:/dir/index.html')}`)}"`);
    expect(header).toContain(`username="${h('Mufasa:r')}"`);
    expect(header).toContain('userhash=true');
  });

  it('finds nothing to answer without a Digest challenge, a nonce, a known algorithm or qop=auth', () => {
    expect(pickDigestChallenge(['Bearer realm="x"'])).toBeUndefined();
    expect(pickDigestChallenge(['Digest realm="x"'])).toBeUndefined();
    expect(pickDigestChallenge(['Digest realm="x", nonce="n", algorithm=SHA-1'])).toBeUndefined();
    expect(pickDigestChallenge(['Digest realm="x", nonce="n", qop="auth-int"'])).toBeUndefined();
  });
});
