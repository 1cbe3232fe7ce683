/**
 * The headers of a request as they reached the wire on its last hop: the ones the request set, and
 * the ones added on the way out (the HTTP client's Host, Connection, Content-Length, Accept,
 * User-Agent, Accept-Encoding; the cookie jar's Cookie; request signing's), so the sent view shows
 * exactly what the server received, with credentials masked as everywhere else.
 */
import { maskSignedValue } from '../auth/signed-headers';
import { isCredentialHeader, type CredentialNames } from '../security/credential-names';
import { REDACTED, secretMasker } from '../security/mask-secrets';
import type { HeaderEntry } from './request-model';

/** Who put a header on the wire that the request as built did not set. */
export type HeaderAddedBy = 'http-client' | 'cookie-jar' | 'signing';

/** One header line as written, fit to show and store. */
export interface WireHeader extends HeaderEntry {
  /** Set when the request as built did not carry it. */
  readonly addedBy?: HeaderAddedBy;
  /** Its value was a credential, replaced. */
  readonly redacted?: boolean;
}

/** What the request set on its last hop, to tell the added headers apart and mask the credentials. */
export interface WireSource {
  /** The headers the request was built with for this hop (after redirects dropped any). */
  readonly built: readonly HeaderEntry[];
  /** The headers request signing added or replaced (see signedHeaderEntries). */
  readonly signed?: readonly HeaderEntry[] | undefined;
  /** The cookie jar added cookies to this hop. */
  readonly jarCookies: boolean;
  readonly credentialNames?: CredentialNames | undefined;
  /** The request's secret values, masked wherever they appear. */
  readonly secrets: readonly string[];
}

/** The header lines of a written HTTP/1.x request head ("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), in order. */
export function headHeaders(head: string): HeaderEntry[] {
  const entries: HeaderEntry[] = [];
  // The first line is the request line; an empty line ends the head.
  for (const line of head.split('\r\n').slice(1)) {
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    entries.push({ name: line.slice(0, colon), value: line.slice(colon + 1).trim() });
  }
  return entries;
}

/** `written` as the sent view shows it: each header's origin when the request did not set it, credentials masked. */
export function wireHeaders(written: readonly HeaderEntry[], source: WireSource): WireHeader[] {
  const built = new Set(source.built.map((header) => header.name.toLowerCase()));
  const signed = new Set((source.signed ?? []).map((header) => header.name.toLowerCase()));
  const mask = secretMasker(source.secrets);
  return written.map((header): WireHeader => {
    const lower = header.name.toLowerCase();
    const addedBy = addedByOf(lower, built, signed, source.jarCookies);
    // A signed header is shown as signing's own record shows it (SigV4's signature whole, Digest's hash masked).
    if (addedBy === 'signing') return { name: header.name, value: mask(maskSignedValue(header.name, header.value)), addedBy };
    const origin = addedBy === undefined ? {} : { addedBy };
    if (header.value !== '' && isCredentialHeader(header.name, source.credentialNames)) return { name: header.name, value: REDACTED, redacted: true, ...origin };
    return { name: header.name, value: mask(header.value), ...origin };
  });
}

function addedByOf(lower: string, built: ReadonlySet<string>, signed: ReadonlySet<string>, jarCookies: boolean): HeaderAddedBy | undefined {
  if (signed.has(lower)) return 'signing';
  if (built.has(lower)) return undefined;
  return lower === 'cookie' && jarCookies ? 'cookie-jar' : 'http-client';
}

/** The label the sent view puts beside a header added on the way out. */
export function addedByLabel(addedBy: HeaderAddedBy): string {
  switch (addedBy) {
    case 'http-client':
      return 'added by the HTTP client';
    case 'cookie-jar':
      return 'added from the cookie jar';
    case 'signing':
      return 'signed';
  }
}
