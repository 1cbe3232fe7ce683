/**
 * What history keeps of one exchange, and how it keeps no credentials: the pure half of
 * the history service (the store on disk is in electron/services/history).
 */
import type { HeaderEntry, RequestDescription, ResponseBody, ResponseSnapshot } from '../request/request-model';
import { isCredentialHeader } from '../security/credential-names';
import { credentialValues } from '../security/credential-values';

export const HISTORY_VERSION = 1;
export const REDACTED = '[redacted]';

/** The request as history stores it: credential header values replaced, no per-send extras. */
export interface HistoryRequest {
  readonly method: RequestDescription['method'];
  readonly url: string;
  readonly headers: readonly (HeaderEntry & { readonly redacted?: boolean })[];
  readonly body?: RequestDescription['body'];
  readonly timeoutMs?: number;
}

export interface HistoryEntry {
  readonly version: typeof HISTORY_VERSION;
  readonly id: string;
  /** ISO time the answer (or failure) came. */
  readonly at: string;
  /** The operation it was sent from, when the renderer said. */
  readonly opKey?: string;
  readonly request: HistoryRequest;
  readonly response?: Omit<ResponseSnapshot, 'validation' | 'bodyFile'> & { readonly conforms?: boolean };
  readonly error?: { readonly code: string; readonly message: string };
  /** The stored body is the beginning only: it was over the history cap. */
  readonly bodyTruncated: boolean;
  /** The Idempotency-Key (or X-Idempotency-Key) value the request carried, so a replay is reproducible. */
  readonly idempotencyKey?: string;
  /** What made the send: absent for the user's own Send, else an automatic retry or the idempotency check. */
  readonly via?: HistoryVia;
  /** Which attempt of an automatic retry this was (1 is the first send). */
  readonly attempt?: number;
  /** The idempotency check's step ("1st send", "state after 2nd send"). */
  readonly step?: string;
}

export type HistoryVia = 'retry' | 'idempotency-check';

/** Where a send came from, for its history entry. */
export interface HistoryContext {
  readonly via?: HistoryVia;
  readonly attempt?: number;
  readonly step?: string;
}

/** One line of the history list. */
export interface HistorySummary {
  readonly id: string;
  readonly at: string;
  readonly method: RequestDescription['method'];
  readonly url: string;
  readonly status?: number;
  readonly errorCode?: string;
  readonly timeMs?: number;
  readonly opKey?: string;
  readonly idempotencyKey?: string;
  readonly via?: HistoryVia;
  readonly attempt?: number;
}

/**
 * `text` with each of `secrets` (and its URL- and JSON-escaped forms) replaced by [redacted].
 * Secret values may sit anywhere (an API key in the query, a {{token}} in the body); longest first, so none is half-masked.
 */
export function maskSecrets(text: string, secrets: readonly string[] | undefined): string {
  if (secrets === undefined || secrets.length === 0) return text;
  let out = text;
  for (const secret of [...secrets].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
    // A server echoing the secret inside a JSON string escapes quotes, backslashes and slashes.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join(REDACTED);
    const slashes = escaped.replaceAll('/', '\\/');
    if (slashes !== escaped) out = out.split(slashes).join(REDACTED);
  }
  return out;
}

/**
 * The response with the request's secret values masked where a server may echo them: the body
 * text, header values, the URL, redirect hops and notes. Binary previews are left as they are.
 */
export function maskResponse<T extends Pick<ResponseSnapshot, 'url' | 'headers' | 'body' | 'redirects' | 'redirectNote' | 'bodyNote'>>(response: T, secrets: readonly string[] | undefined): T {
  if (secrets === undefined || secrets.length === 0) return response;
  const mask = (text: string): string => maskSecrets(text, secrets);
  return {
    ...response,
    url: mask(response.url),
    headers: response.headers.map((header) => ({ ...header, value: mask(header.value) })),
    body: response.body.kind === 'text' ? { ...response.body, text: mask(response.body.text) } : response.body,
    ...(response.redirects ? { redirects: response.redirects.map((hop) => ({ ...hop, url: mask(hop.url), location: mask(hop.location) })) } : {}),
    ...(response.redirectNote === undefined ? {} : { redirectNote: mask(response.redirectNote) }),
    ...(response.bodyNote === undefined ? {} : { bodyNote: mask(response.bodyNote) }),
  };
}

/** The request with credential header values (Authorization, Cookie, API keys, declared names) and its credential values replaced. */
export function redactRequest(request: RequestDescription, secrets: readonly string[] = credentialValues(request)): HistoryRequest {
  return {
    method: request.method,
    url: maskSecrets(request.url, secrets),
    headers: request.headers.map((header) =>
      isCredentialHeader(header.name, request.credentialNames) && header.value !== '' ? { name: header.name, value: REDACTED, redacted: true } : { ...header, value: maskSecrets(header.value, secrets) },
    ),
    ...(request.body ? { body: { ...request.body, text: maskSecrets(request.body.text, secrets) } } : {}),
    ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
  };
}

/** `body` cut to `maxChars` (text) or `maxChars` base64 characters; `cut` says whether it was. */
export function capBody(body: ResponseBody, maxChars: number): { body: ResponseBody; cut: boolean } {
  if (body.kind === 'text' && body.text.length > maxChars) return { body: { kind: 'text', text: body.text.slice(0, maxChars), truncated: true }, cut: true };
  if (body.kind === 'binary' && body.base64Preview.length > maxChars) return { body: { kind: 'binary', base64Preview: body.base64Preview.slice(0, maxChars - (maxChars % 4)), truncated: true }, cut: true };
  return { body, cut: false };
}

/** The list line for `entry`. */
export function summarize(entry: HistoryEntry): HistorySummary {
  return {
    id: entry.id,
    at: entry.at,
    method: entry.request.method,
    url: entry.request.url,
    ...(entry.response ? { status: entry.response.status, timeMs: entry.response.timeMs } : {}),
    ...(entry.error ? { errorCode: entry.error.code } : {}),
    ...(entry.opKey === undefined ? {} : { opKey: entry.opKey }),
    ...(entry.idempotencyKey === undefined ? {} : { idempotencyKey: entry.idempotencyKey }),
    ...(entry.via === undefined ? {} : { via: entry.via }),
    ...(entry.attempt === undefined ? {} : { attempt: entry.attempt }),
  };
}
