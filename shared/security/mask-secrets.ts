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
