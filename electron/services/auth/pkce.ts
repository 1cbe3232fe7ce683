/** PKCE (RFC 7636) and the login's `state`: random values made where no page can read them. */
import { createHash, randomBytes } from 'node:crypto';

export interface Pkce {
  /** Kept by the main process until the code is exchanged. */
  readonly verifier: string;
  /** BASE64URL(SHA256(verifier)), sent with the authorization request. */
  readonly challenge: string;
}

/** The S256 challenge of `verifier` (RFC 7636 4.2). */
export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** A fresh verifier (43 characters from 32 random bytes, as 4.1 recommends) and its challenge. */
export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: s256Challenge(verifier) };
}

/** An unguessable `state` for one login (RFC 6749 10.12). */
export function createState(): string {
  return randomBytes(24).toString('base64url');
}
