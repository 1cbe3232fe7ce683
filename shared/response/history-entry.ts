/**
 * What history keeps of one exchange, and how it keeps no credentials: the pure half of
 * the history service (the store on disk is in electron/services/history).
 */
import type { HeaderEntry, RequestDescription, ResponseBody, ResponseSnapshot } from '../request/request-model';
import type { RequestSigning } from '../auth/request-signing';
import { replaceCredentialFields } from '../security/body-credentials';
import { isCredentialFieldName, isCredentialHeader } from '../security/credential-names';
import { exchangeMasks, type QuerySource } from '../security/credential-query';
import { credentialValues } from '../security/credential-values';
import { maskUrlPassword, REDACTED, secretMasker, withoutMaskedUrlPassword } from '../security/mask-secrets';
import { joinUrl, splitUrl } from '../security/url-query';

export const HISTORY_VERSION = 1;

/** The request as history stores it: credential header values replaced, no per-send extras. */
export interface HistoryRequest {
  readonly method: RequestDescription['method'];
  readonly url: string;
  readonly headers: readonly (HeaderEntry & { readonly redacted?: boolean })[];
  readonly body?: RequestDescription['body'];
  readonly timeoutMs?: number;
  /** The request signing it was sent with, without its secrets: reopened, the request is signed afresh. */
  readonly signing?: SigningRecord;
}

/** What history keeps of a request's signing: who signed and for what, never the password, secret key or token. */
export type SigningRecord =
  | { readonly kind: 'digest'; readonly username: string }
  | { readonly kind: 'aws-sigv4'; readonly accessKey: string; readonly region: string; readonly service: string; readonly withSessionToken: boolean };

function signingRecord(signing: RequestSigning): SigningRecord {
  if (signing.kind === 'digest') return { kind: 'digest', username: signing.username };
  return { kind: 'aws-sigv4', accessKey: signing.accessKey, region: signing.region, service: signing.service, withSessionToken: signing.sessionToken !== undefined && signing.sessionToken !== '' };
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
 * The response with the request's secret values masked where a server may echo them: the body
 * text, header values, the URL, redirect hops and notes. Binary previews are left as they are.
 * Given the request, the URLs (and the URLs in notes) have its credential query parameters masked
 * by place too, however short their values.
 */
export function maskResponse<T extends Pick<ResponseSnapshot, 'url' | 'headers' | 'body' | 'redirects' | 'redirectNote' | 'bodyNote' | 'signedHeaders' | 'wireHeaders'>>(response: T, secrets: readonly string[] | undefined, request?: QuerySource): T {
  if ((secrets === undefined || secrets.length === 0) && request === undefined) return response;
  const mask = secretMasker(secrets);
  const masks = request === undefined ? { url: mask, text: mask } : exchangeMasks(request, secrets);
  return {
    ...response,
    url: masks.url(response.url),
    headers: response.headers.map((header) => ({ ...header, value: mask(header.value) })),
    body: response.body.kind === 'text' ? { ...response.body, text: mask(response.body.text) } : response.body,
    ...(response.redirects ? { redirects: response.redirects.map((hop) => ({ ...hop, url: masks.url(hop.url), location: masks.url(hop.location) })) } : {}),
    ...(response.redirectNote === undefined ? {} : { redirectNote: masks.text(response.redirectNote) }),
    ...(response.bodyNote === undefined ? {} : { bodyNote: masks.text(response.bodyNote) }),
    ...(response.signedHeaders === undefined ? {} : { signedHeaders: response.signedHeaders.map((header) => ({ ...header, value: mask(header.value) })) }),
    ...(response.wireHeaders === undefined ? {} : { wireHeaders: response.wireHeaders.map((header) => ({ ...header, value: mask(header.value) })) }),
  };
}

/** The request with credential header values (Authorization, Cookie, API keys, declared names) and its credential values replaced. */
export function redactRequest(request: RequestDescription, secrets: readonly string[] = credentialValues(request)): HistoryRequest {
  const mask = secretMasker(secrets);
  return {
    method: request.method,
    // Its credential query parameters by place: a 2-character token is too short to mask by value.
    url: exchangeMasks(request, secrets).url(maskUrlPassword(request.url)),
    headers: request.headers.map((header) =>
      isCredentialHeader(header.name, request.credentialNames) && header.value !== '' ? { name: header.name, value: REDACTED, redacted: true } : { ...header, value: mask(header.value) },
    ),
    ...(request.body ? { body: redactBody(request.body, mask) } : {}),
    ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
    ...(request.signing === undefined ? {} : { signing: signingRecord(request.signing) }),
  };
}

/**
 * The body with its secret values masked (the text, each multipart text part), and each credential
 * field (a form's password, a JSON client_secret) replaced by its place, however short its value.
 */
function redactBody(body: NonNullable<RequestDescription['body']>, mask: (text: string) => string): NonNullable<HistoryRequest['body']> {
  const masked = { ...body, text: mask(replaceCredentialFields(body.mediaType, body.text, (field) => (field.value === '' ? undefined : REDACTED))) };
  if (body.parts === undefined) return masked;
  return { ...masked, parts: body.parts.map((part) => (part.value === undefined ? part : { ...part, value: part.value !== '' && isCredentialFieldName(part.name) ? REDACTED : mask(part.value) })) };
}

/**
 * The request to send again from a history entry, and the names of the credentials it leaves out:
 * their values were never stored, so the headers and query parameters that held them are left out
 * rather than sent as "[redacted]".
 */
export function resendFromHistory(entry: HistoryEntry): { request: RequestDescription; notStored: string[] } {
  const notStored = entry.request.headers.filter((header) => header.redacted === true).map((header) => header.name);
  // Sent from here the request is not signed: its secret was never kept, and its recorded signature is never replayed.
  if (entry.request.signing !== undefined) notStored.push(entry.request.signing.kind === 'digest' ? 'Digest password' : 'AWS secret key');
  const withoutPassword = withoutMaskedUrlPassword(entry.request.url);
  if (withoutPassword.had) notStored.push('URL password');
  let url = withoutPassword.url;
  if (url.includes(REDACTED) || url.includes(encodeURIComponent(REDACTED))) {
    const parts = splitUrl(url);
    for (const pair of parts.pairs) if (pair.value === REDACTED) notStored.push(pair.name);
    url = joinUrl({ ...parts, pairs: parts.pairs.filter((pair) => pair.value !== REDACTED) });
  }
  const request: RequestDescription = {
    method: entry.request.method,
    url,
    headers: entry.request.headers.filter((header) => header.redacted !== true).map(({ name, value }) => ({ name, value })),
    ...(entry.request.body ? { body: entry.request.body } : {}),
    ...(entry.request.timeoutMs === undefined ? {} : { timeoutMs: entry.request.timeoutMs }),
  };
  return { request, notStored };
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
