/** Hiding secret values inside any text: a stored answer, a URL, an error message, a curl command. */

export const REDACTED = '[redacted]';

/**
 * `text` with each of `secrets` (and its URL- and JSON-escaped forms) replaced by `replacement`.
 * Secret values may sit anywhere (an API key in the query, a {{token}} in the body); longest first,
 * so none is half-masked; values shorter than 3 characters are left alone (they would hide ordinary text).
 */
export function maskSecrets(text: string, secrets: readonly string[] | undefined, replacement: string = REDACTED): string {
  if (secrets === undefined || secrets.length === 0) return text;
  let out = text;
  for (const secret of [...secrets].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(replacement);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(replacement);
    // A server echoing the secret inside a JSON string escapes quotes, backslashes and slashes.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join(replacement);
    const slashes = escaped.replaceAll('/', '\\/');
    if (slashes !== escaped) out = out.split(slashes).join(replacement);
  }
  return out;
}
