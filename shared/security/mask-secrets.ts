/** Hiding secret values inside any text: a stored answer, a URL, an error message, a curl command. */
import { escapeRegExp } from '../text/escape-reg-exp';

export const REDACTED = '[redacted]';

const identity = (text: string): string => text;

/**
 * A function that replaces each of `secrets`, and its URL- and JSON-escaped forms, with
 * `replacement` in one pass: made once for many texts. Longest first, so none is half-masked;
 * values shorter than 3 characters are left alone (they would hide ordinary text).
 */
export function secretMasker(secrets: readonly string[] | undefined, replacement: string = REDACTED): (text: string) => string {
  if (secrets === undefined || secrets.length === 0) return identity;
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 3) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    // A server echoing the secret inside a JSON string escapes quotes, backslashes and slashes.
    const escaped = JSON.stringify(secret).slice(1, -1);
    forms.add(escaped);
    forms.add(escaped.replaceAll('/', '\\/'));
  }
  if (forms.size === 0) return identity;
  const pattern = new RegExp([...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, replacement);
}

/** `text` with each of `secrets` (and its escaped forms) replaced by `replacement` (see secretMasker). */
export function maskSecrets(text: string, secrets: readonly string[] | undefined, replacement: string = REDACTED): string {
  return secretMasker(secrets, replacement)(text);
}

// scheme://user:password@ — the password ends at the last "@" before the path, query or fragment.
const URL_PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^/?#:@]*:)([^/?#]*)@/i;

/** `url` with the password of its userinfo (`https://alice:s3cret@host/`) replaced, by its place: short or common passwords too, nothing else. */
export function maskUrlPassword(url: string, replacement: string = REDACTED): string {
  return url.replace(URL_PASSWORD, (whole: string, head: string, password: string) => (password === '' ? whole : `${head}${replacement}@`));
}

/** `url` without a masked password in its userinfo (the user name kept), and whether it had one. */
export function withoutMaskedUrlPassword(url: string): { url: string; had: boolean } {
  const match = URL_PASSWORD.exec(url);
  if (match?.[1] === undefined || (match[2] !== REDACTED && match[2] !== encodeURIComponent(REDACTED))) return { url, had: false };
  return { url: `${match[1].slice(0, -1)}@${url.slice(match[0].length)}`, had: true };
}
