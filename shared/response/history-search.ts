/** History search: every word of the query somewhere in the entry, the request and response bodies included. */
import type { HistoryEntry } from './history-entry';

function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The short fields a search looks at first: method, URL, status, error, idempotency key, origin, header values as stored (masked). */
function listedText(entry: HistoryEntry): string {
  const headers = entry.request.headers.map((h) => `${h.name}: ${h.value}`).join('\n');
  return `${entry.request.method} ${entry.request.url} ${entry.response?.status ?? ''} ${entry.error?.code ?? ''} ${entry.idempotencyKey ?? ''} ${entry.via ?? ''} ${headers}`.toLowerCase();
}

/** The bodies as stored (secrets already masked, large ones cut): the request's text or part values, the response's text. */
function bodyText(entry: HistoryEntry): string {
  const body = entry.request.body;
  const sent = body === undefined ? '' : body.parts !== undefined ? body.parts.map((p) => `${p.name} ${p.value ?? p.filename ?? ''}`).join('\n') : body.text;
  const received = entry.response?.body.kind === 'text' ? entry.response.body.text : '';
  return `${sent}\n${received}`.toLowerCase();
}

/** True when every word of `query` is in the entry; bodies are read only for words the short fields lack. */
export function matchesHistoryQuery(entry: HistoryEntry, query: string): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const listed = listedText(entry);
  const missing = wanted.filter((word) => !listed.includes(word));
  if (missing.length === 0) return true;
  const bodies = bodyText(entry);
  return missing.every((word) => bodies.includes(word));
}
