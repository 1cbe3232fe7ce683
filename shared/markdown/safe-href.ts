/** Which links from a document may be live: absolute http(s) only (no Markdown parser needed, so it loads at once). */

/** The URL as a string when it is an absolute http(s) URL; undefined for javascript:, data:, relative and the rest. */
export function safeHref(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  // Checked on the raw text as well: control characters and spaces can hide a scheme from a parser.
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
