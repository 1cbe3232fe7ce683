/**
 * HTTP Digest access authentication (RFC 7616): reading the server's WWW-Authenticate challenges
 * and writing the Authorization answer. The hash itself is passed in, so this stays pure (the main
 * process gives it node:crypto); the libraries on npm each wrap a whole request of their own, and
 * the answer has to be made inside Roundtrip's one send path (redirects, deadline, cancel, timing).
 */

/** The algorithms RFC 7616 registers, each with its session variant. */
export type DigestHash = 'MD5' | 'SHA-256' | 'SHA-512-256';

/** Hex digest of the UTF-8 bytes of `text`. */
export type DigestHasher = (hash: DigestHash, text: string) => string;

export interface DigestChallenge {
  readonly realm: string;
  readonly nonce: string;
  readonly opaque?: string;
  readonly algorithm: DigestHash;
  /** The -sess variant: the secret part is hashed again with the nonces. */
  readonly session: boolean;
  /** Quality of protection offered; [] for an RFC 2069 server that offers none. */
  readonly qop: readonly string[];
  /** The server asks for the username hashed with the realm. */
  readonly userhash: boolean;
  /** The server's nonce went stale: answer again with the same credentials. */
  readonly stale: boolean;
}

export interface DigestAnswerInput {
  readonly challenge: DigestChallenge;
  readonly username: string;
  readonly password: string;
  readonly method: string;
  /** The request target as sent: path and query. */
  readonly uri: string;
  /** A fresh client nonce (random, opaque to the server). */
  readonly cnonce: string;
  /** How many times this nonce has been used, this time included (1 for the first). */
  readonly nonceCount: number;
}

// Strongest first: a server offering several challenges gets the strongest one answered.
const STRENGTH: readonly DigestHash[] = ['SHA-512-256', 'SHA-256', 'MD5'];

interface RawChallenge {
  readonly scheme: string;
  readonly params: Map<string, string>;
}

/** Splits WWW-Authenticate values (RFC 9110 §11.6.1: several challenges, each a scheme and its auth-params). */
export function parseChallenges(values: readonly string[]): RawChallenge[] {
  const out: RawChallenge[] = [];
  for (const value of values) {
    let at = 0;
    let current: RawChallenge | undefined;
    const skip = (): void => {
      while (at < value.length && /[\s,]/.test(value[at] ?? '')) at += 1;
    };
    for (skip(); at < value.length; skip()) {
      const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/.exec(value.slice(at))?.[0];
      if (token === undefined) {
        at += 1;
        continue;
      }
      at += token.length;
      while (value[at] === ' ' || value[at] === '\t') at += 1;
      if (value[at] !== '=' || current === undefined || value.slice(at).startsWith('==')) {
        // A token not followed by "=" starts a new challenge (token68 forms are read as no params).
        if (value[at] === '=') while (value[at] === '=') at += 1;
        current = { scheme: token, params: new Map() };
        out.push(current);
        continue;
      }
      at += 1;
      while (value[at] === ' ' || value[at] === '\t') at += 1;
      let param = '';
      if (value[at] === '"') {
        at += 1;
        while (at < value.length && value[at] !== '"') {
          if (value[at] === '\\' && at + 1 < value.length) at += 1;
          param += value[at] ?? '';
          at += 1;
        }
        at += 1;
      } else {
        const bare = /^[^,\s]*/.exec(value.slice(at))?.[0] ?? '';
        param = bare;
        at += bare.length;
      }
      current.params.set(token.toLowerCase(), param);
    }
  }
  return out;
}

function digestChallenge(raw: RawChallenge): DigestChallenge | undefined {
  if (raw.scheme.toLowerCase() !== 'digest') return undefined;
  const nonce = raw.params.get('nonce');
  if (nonce === undefined) return undefined;
  const named = (raw.params.get('algorithm') ?? 'MD5').toUpperCase();
  const session = named.endsWith('-SESS');
  const algorithm = STRENGTH.find((hash) => hash === (session ? named.slice(0, -'-SESS'.length) : named));
  if (algorithm === undefined) return undefined;
  const opaque = raw.params.get('opaque');
  return {
    realm: raw.params.get('realm') ?? '',
    nonce,
    ...(opaque === undefined ? {} : { opaque }),
    algorithm,
    session,
    qop: (raw.params.get('qop') ?? '')
      .split(',')
      .map((q) => q.trim().toLowerCase())
      .filter((q) => q !== ''),
    userhash: raw.params.get('userhash')?.toLowerCase() === 'true',
    stale: raw.params.get('stale')?.toLowerCase() === 'true',
  };
}

/**
 * The Digest challenge to answer among WWW-Authenticate values: the strongest algorithm this client
 * can answer with qop=auth (or no qop at all); undefined when there is none.
 */
export function pickDigestChallenge(values: readonly string[]): DigestChallenge | undefined {
  const usable = parseChallenges(values)
    .flatMap((raw) => {
      const challenge = digestChallenge(raw);
      return challenge === undefined ? [] : [challenge];
    })
    // auth-int alone would need the body's hash in A2; qop=auth or none is what servers offer in practice.
    .filter((c) => c.qop.length === 0 || c.qop.includes('auth'));
  return usable.sort((a, b) => STRENGTH.indexOf(a.algorithm) - STRENGTH.indexOf(b.algorithm))[0];
}

function quoted(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** The Authorization header value answering `challenge` (RFC 7616 §3.4). */
export function digestAuthorization(input: DigestAnswerInput, hasher: DigestHasher): string {
  const { challenge: c, cnonce } = input;
  const h = (text: string): string => hasher(c.algorithm, text);
  const nc = input.nonceCount.toString(16).padStart(8, '0');
  const secret = h(`${input.username}:${c.realm}:${input.password}`);
  const ha1 = c.session ? h(`${secret}:${c.nonce}:${cnonce}`) : secret;
  const ha2 = h(`${input.method}:${input.uri}`);
  const qop = c.qop.length > 0 ? 'auth' : undefined;
  const response = qop === undefined ? h(`${ha1}:${c.nonce}:${ha2}`) : h(`${ha1}:${c.nonce}:${nc}:${cnonce}:${qop}:${ha2}`);
  const username = c.userhash ? h(`${input.username}:${c.realm}`) : input.username;
  const parts = [
    `username=${quoted(username)}`,
    `realm=${quoted(c.realm)}`,
    `uri=${quoted(input.uri)}`,
    `algorithm=${c.algorithm}${c.session ? '-sess' : ''}`,
    `nonce=${quoted(c.nonce)}`,
    ...(qop === undefined ? [] : [`nc=${nc}`, `cnonce=${quoted(cnonce)}`, `qop=${qop}`]),
    `response=${quoted(response)}`,
    ...(c.opaque === undefined ? [] : [`opaque=${quoted(c.opaque)}`]),
    ...(c.userhash ? ['userhash=true'] : []),
  ];
  return `Digest ${parts.join(', ')}`;
}
