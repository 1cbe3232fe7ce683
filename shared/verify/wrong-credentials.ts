/**
 * The wrong credential verify's auth-wrong-rejected check sends for each security scheme: one of the
 * scheme's own kind, so a refusal proves the server checks that scheme (a Bearer header proves
 * nothing about Digest or a custom scheme). Where no wrong credential of the scheme can be written
 * into a request, the check is skipped and says why.
 */
import { base64Utf8 } from '../auth/base64';
import type { RequestSigning } from '../auth/request-signing';
import type { SecuritySchemeModel } from '../model/api-model';
import type { HeaderEntry } from '../request/request-model';

/** The value verify sends as a wrong key, token or password. */
export const WRONG_CREDENTIAL = 'roundtrip-verify-wrong-credential';

const WRONG_USER = 'roundtrip-verify';

export type WrongCredential =
  /** A header of the scheme's form with a wrong value. */
  | { readonly kind: 'header'; readonly header: HeaderEntry }
  /** Digest: the server's challenge answered with a wrong password (a Digest Authorization with a wrong response). */
  | { readonly kind: 'signing'; readonly header: string; readonly signing: RequestSigning }
  /** No meaningful wrong credential: the check is skipped for this reason. */
  | { readonly kind: 'skip'; readonly reason: string }
  /** The credential goes in a query parameter or cookie, which verify does not send. */
  | { readonly kind: 'not-header'; readonly reason: string };

// RFC 7235 2.1: an auth-scheme is a token.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

// Schemes whose credential answers a server challenge over several round trips: a bare value is not a
// credential of theirs, so a refusal of one would prove nothing.
const HANDSHAKE_SCHEMES: Readonly<Record<string, string>> = {
  'scram-sha-1': 'RFC 7804',
  'scram-sha-256': 'RFC 7804',
  mutual: 'RFC 8120',
  hoba: 'RFC 7486',
};

/** The wrong credential for `scheme`; `given` is the Digest or SigV4 signing the person gave, whose user name a wrong Digest answer keeps. */
export function wrongCredential(scheme: SecuritySchemeModel, given?: RequestSigning): WrongCredential | undefined {
  if (scheme.type === 'apiKey') {
    if (scheme.in !== 'header' || scheme.name === undefined) return { kind: 'not-header', reason: 'The credentials go in a query parameter or cookie; verify sends credentials as headers (--header).' };
    return { kind: 'header', header: { name: scheme.name, value: WRONG_CREDENTIAL } };
  }
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return bearer();
  if (scheme.type !== 'http') return undefined;
  const name = (scheme.scheme ?? '').trim();
  const lower = name.toLowerCase();
  if (lower === '' || lower === 'bearer') return bearer();
  if (lower === 'basic') return { kind: 'header', header: { name: 'Authorization', value: `Basic ${base64Utf8(`${WRONG_USER}:wrong`)}` } };
  if (lower === 'digest') {
    const username = given?.kind === 'digest' ? given.username : WRONG_USER;
    return { kind: 'signing', header: 'Authorization', signing: { kind: 'digest', username, password: WRONG_CREDENTIAL } };
  }
  const rfc = HANDSHAKE_SCHEMES[lower];
  if (rfc !== undefined) return { kind: 'skip', reason: `The ${name} scheme (${rfc}) answers the server's challenge over several requests: verify cannot write a wrong ${name} credential into one request. Check it by hand.` };
  if (!TOKEN.test(name)) return { kind: 'skip', reason: `The document's http scheme "${name}" is not a valid scheme name (RFC 7235), so no Authorization header of it can be sent.` };
  return { kind: 'header', header: { name: 'Authorization', value: `${name} ${WRONG_CREDENTIAL}` } };
}

function bearer(): WrongCredential {
  return { kind: 'header', header: { name: 'Authorization', value: `Bearer ${WRONG_CREDENTIAL}` } };
}

export interface WrongCredentials {
  /** The headers that carry the schemes' credentials (to leave out for "none", to keep for "given"). */
  readonly names: readonly string[];
  /** The wrong headers to send, one per header name. */
  readonly headers: readonly HeaderEntry[];
  /** A wrong Digest answer to make when the request is sent. */
  readonly signing?: RequestSigning;
  /** Set when the check cannot be made: why. */
  readonly skip?: string;
  /** Set when no auth check can be made: the credentials are not headers. */
  readonly notHeaders?: string;
}

/** The wrong credentials for all of an operation's schemes together. */
export function wrongCredentials(schemes: readonly SecuritySchemeModel[], given?: RequestSigning): WrongCredentials {
  const names: string[] = [];
  const headers: HeaderEntry[] = [];
  let signing: RequestSigning | undefined;
  let skip: string | undefined;
  const seen = new Set<string>();
  const named = (name: string): boolean => {
    const lower = name.toLowerCase();
    if (seen.has(lower)) return false;
    seen.add(lower);
    names.push(name);
    return true;
  };
  for (const scheme of schemes) {
    const wrong = wrongCredential(scheme, given);
    if (wrong === undefined) continue;
    if (wrong.kind === 'not-header') return { names: [], headers: [], notHeaders: wrong.reason };
    if (wrong.kind === 'skip') {
      skip ??= wrong.reason;
      named('Authorization');
    } else if (wrong.kind === 'signing') {
      if (named(wrong.header)) signing = wrong.signing;
    } else if (named(wrong.header.name)) headers.push(wrong.header);
  }
  return { names, headers, ...(signing === undefined ? {} : { signing }), ...(skip === undefined ? {} : { skip }) };
}
