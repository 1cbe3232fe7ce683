/**
 * The headers request signing put on the wire (Digest's Authorization answer; SigV4's Authorization,
 * X-Amz-Date, X-Amz-Content-Sha256 and X-Amz-Security-Token), as the exchange records them: the
 * request description is what the person built, these are what the signer added at send time.
 */
import type { HeaderEntry } from '../request/request-model';
import { REDACTED } from '../security/mask-secrets';

/** A header of the request as sent, marked when request signing added or replaced it. */
export interface SentHeader extends HeaderEntry {
  readonly redacted?: boolean;
  readonly signed?: boolean;
}

/**
 * The headers of `sent` that signing added or changed compared with `before` (the hop's headers
 * as built), each masked for showing and recording (see maskSignedValue); empty when signing added none.
 */
export function signedHeaderEntries(before: Readonly<Record<string, string>>, sent: Readonly<Record<string, string>>): HeaderEntry[] {
  const earlier = new Map(Object.entries(before).map(([name, value]) => [name.toLowerCase(), value]));
  const added: HeaderEntry[] = [];
  for (const [name, value] of Object.entries(sent)) if (earlier.get(name.toLowerCase()) !== value) added.push({ name, value: maskSignedValue(name, value) });
  return added;
}

/**
 * A signed header's value fit to show and store. Digest's `response` is masked: it is a hash of the
 * password with a nonce the same record holds, so an MD5 or SHA-256 answer invites an offline guess
 * at a password a person chose. SigV4's Authorization is shown whole: it holds the access key id (an
 * identifier, not a secret) and an HMAC keyed by a key derived from the 40-character random secret
 * key, which no guessing recovers, is valid only for this request's bytes within 15 minutes of its
 * X-Amz-Date, and is what a person compares with the server's "signature does not match" details.
 * The session token is a bearer credential on its own, so it is masked like any other.
 */
export function maskSignedValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'x-amz-security-token') return REDACTED;
  if (lower === 'authorization' && /^digest\s/i.test(value)) return value.replace(/(\bresponse\s*=\s*)("[^"]*"|[^,\s]*)/i, `$1"${REDACTED}"`);
  return value;
}

/**
 * The headers of the request as they went out: the ones built (a name signing replaced dropped, as
 * the signer dropped it) followed by the ones signing added, marked.
 */
export function sentHeaders(built: readonly SentHeader[], signed: readonly HeaderEntry[] | undefined): SentHeader[] {
  if (signed === undefined || signed.length === 0) return [...built];
  const replaced = new Set(signed.map((header) => header.name.toLowerCase()));
  return [...built.filter((header) => !replaced.has(header.name.toLowerCase())), ...signed.map((header): SentHeader => ({ name: header.name, value: header.value, signed: true }))];
}
