/**
 * Conditional request headers (RFC 9110 §13.1): which of them a client fills from a read of the
 * resource (If-Match from its ETag, If-Unmodified-Since from its Last-Modified), and which make a
 * request conditional at all. Load current and verify both fill them from a GET before a write.
 */
import type { HeaderEntry } from './request-model';

/** The response header each fillable precondition header (lower case) takes its value from. */
export const PRECONDITION_SOURCES: Readonly<Record<string, string>> = { 'if-match': 'etag', 'if-unmodified-since': 'last-modified' };

/** Request headers (lower case) that make a request conditional. */
export const CONDITIONAL_HEADERS: ReadonlySet<string> = new Set(['if-match', 'if-none-match', 'if-unmodified-since', 'if-modified-since']);

/** The value `read` (a GET's answer headers) gives the precondition header `name`, if it is one and the answer has it. */
export function preconditionValue(name: string, read: readonly HeaderEntry[]): string | undefined {
  const source = PRECONDITION_SOURCES[name.toLowerCase()];
  return source === undefined ? undefined : read.find((h) => h.name.toLowerCase() === source)?.value;
}
