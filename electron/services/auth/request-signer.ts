/**
 * Signing at send time, for the auth that depends on what goes out: AWS Signature Version 4 signs
 * each hop's exact method, URL, headers and body bytes (with `aws4`), and HTTP Digest answers a 401
 * challenge by sending the same hop again with its Authorization. Both act only on the origin the
 * request was made for: a redirect elsewhere carries no credentials (see redirect-policy).
 */
import { createHash, randomBytes } from 'node:crypto';
import aws4 from 'aws4';
import { digestAuthorization, pickDigestChallenge, type DigestHash } from '../../../shared/auth/digest-auth';
import type { RequestSigning } from '../../../shared/auth/request-signing';
import type { HeaderEntry } from '../../../shared/request/request-model';
import { UserFacingError } from '../app-error';
import { isStreamBody, type StreamBody } from '../files/prepare-body';

export interface SignableHop {
  readonly url: string;
  readonly method: string;
  /** The headers exactly as they go out (one entry per name). */
  readonly headers: Record<string, string>;
  readonly body?: string | StreamBody;
}

export interface HopSigner {
  /** The headers to send the hop with: signed for SigV4, as given otherwise. */
  prepare(hop: SignableHop): Promise<Record<string, string>>;
  /** The headers to send the hop again with, answering its 401 Digest challenge; undefined when there is none to answer. */
  answer(hop: SignableHop, status: number, responseHeaders: readonly HeaderEntry[]): Record<string, string> | undefined;
}

const NODE_HASH: Record<DigestHash, string> = { MD5: 'md5', 'SHA-256': 'sha256', 'SHA-512-256': 'sha512-256' };

/** The signer for a request whose first URL is `firstUrl`; one per send, none without signing. */
export function requestSigner(signing: RequestSigning | undefined, firstUrl: string): HopSigner | undefined {
  if (signing === undefined) return undefined;
  const origin = new URL(firstUrl).origin;
  const ours = (url: string): boolean => new URL(url).origin === origin;
  if (signing.kind === 'aws-sigv4') {
    return { prepare: (hop) => (ours(hop.url) ? signSigV4(signing, hop) : Promise.resolve(hop.headers)), answer: () => undefined };
  }
  // One answer per hop, and one more if the server says the nonce went stale: a wrong password gets its 401 shown.
  const answered = new Map<string, number>();
  return {
    prepare: (hop) => Promise.resolve(hop.headers),
    answer(hop, status, responseHeaders) {
      if (status !== 401 || !ours(hop.url)) return undefined;
      const challenge = pickDigestChallenge(responseHeaders.filter((h) => h.name.toLowerCase() === 'www-authenticate').map((h) => h.value));
      const times = answered.get(hop.url) ?? 0;
      if (challenge === undefined || times >= (challenge.stale ? 2 : 1)) return undefined;
      answered.set(hop.url, times + 1);
      const target = new URL(hop.url);
      const authorization = digestAuthorization(
        { challenge, username: signing.username, password: signing.password, method: hop.method, uri: `${target.pathname}${target.search}`, cnonce: randomBytes(16).toString('hex'), nonceCount: 1 },
        (hash, text) => createHash(NODE_HASH[hash]).update(text, 'utf8').digest('hex'),
      );
      return { ...withoutHeader(hop.headers, 'authorization'), Authorization: authorization };
    },
  };
}

async function signSigV4(signing: Extract<RequestSigning, { kind: 'aws-sigv4' }>, hop: SignableHop): Promise<Record<string, string>> {
  const url = new URL(hop.url);
  // aws4 would guess them from the host name, and a wrong guess is only told by the server's 403.
  const missing = [signing.region === '' ? 'region' : undefined, signing.service === '' ? 'service' : undefined, signing.secretKey === '' ? 'secret key' : undefined].filter((m) => m !== undefined);
  if (missing.length > 0) throw new UserFacingError('invalid-input', `AWS Signature V4 for ${url.origin} needs a ${missing.join(' and a ')}: fill ${missing.length === 1 ? 'it' : 'them'} in under Auth (e.g. region eu-west-1, service execute-api) and send again.`);
  // Whatever the request held under these names is replaced by the signature's own.
  let headers = withoutHeader(withoutHeader(withoutHeader(hop.headers, 'authorization'), 'x-amz-date'), 'x-amz-security-token');
  // A streamed body is hashed here, as SigV4 signs the payload's SHA-256 (aws4 would hash only text).
  if (isStreamBody(hop.body) && !hasHeader(headers, 'x-amz-content-sha256')) headers = { ...headers, 'X-Amz-Content-Sha256': await sha256OfStream(hop.body) };
  const signed = aws4.sign(
    {
      host: url.host,
      path: `${url.pathname}${url.search}`,
      method: hop.method,
      headers: { ...headers },
      ...(typeof hop.body === 'string' ? { body: hop.body } : {}),
      service: signing.service,
      region: signing.region,
    },
    { accessKeyId: signing.accessKey, secretAccessKey: signing.secretKey, ...(signing.sessionToken === undefined ? {} : { sessionToken: signing.sessionToken }) },
  );
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers ?? {})) if (value !== undefined) out[name] = String(value);
  return out;
}

async function sha256OfStream(body: StreamBody): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of body.open()) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function hasHeader(headers: Record<string, string>, lower: string): boolean {
  return Object.keys(headers).some((name) => name.toLowerCase() === lower);
}

function withoutHeader(headers: Record<string, string>, lower: string): Record<string, string> {
  if (!hasHeader(headers, lower)) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== lower));
}
