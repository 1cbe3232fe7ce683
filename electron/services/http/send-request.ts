/**
 * Sends one request from the main process and snapshots the response: redirects
 * followed by hand (each hop listed, credentials kept on the origin), a timing
 * breakdown, an overall deadline, cancellation, and a body read within a memory cap.
 */
import { STATUS_CODES } from 'node:http';
import type { HttpMethod } from '../../../shared/model/api-model';
import type { EventSink } from '../../../shared/ipc/events';
import { networkErrorMessage } from '../../../shared/request/network-error-message';
import { planRedirect, REDIRECT_STATUSES, type RedirectCredentials } from '../../../shared/request/redirect-policy';
import type { HeaderEntry, RedirectHop, RequestDescription, ResponseSnapshot, ResponseTimings } from '../../../shared/request/request-model';
import { credentialQueryPairs } from '../../../shared/security/credential-query';
import { credentialValues } from '../../../shared/security/credential-values';
import { UserFacingError } from '../app-error';
import { requestSigner } from '../auth/request-signer';
import { signedHeaderEntries } from '../../../shared/auth/signed-headers';
import { wireHeaders } from '../../../shared/request/wire-headers';
import { prepareBody, type PreparedBody } from '../files/prepare-body';
import { processUploads, type UploadStore } from '../files/upload-store';
import { CancelledError, DeadlineError, trackSend, type Stopper } from './in-flight';
import { DEFAULT_MAX_BODY_BYTES, readBody, type ReadBodyOptions } from './read-body';
import { toResponseBody } from './response-body';
import { sendHop, type HopResponse } from './send-hop';
import type { SocketMarks } from './timing-transport';
import type { SendCookies } from '../cookies/send-cookies';
import { describeTlsFailure, type TlsFailureContext } from '../tls/tls-failure';
import type { TlsMaterial } from '../tls/tls-material';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 10;
const USER_AGENT = 'Roundtrip/0.1';

export interface SendOptions {
  /** Where download progress goes (only for requests that carry a requestId). */
  readonly events?: EventSink;
  /** Where files picked for request bodies are staged (files:stage). */
  readonly uploads?: UploadStore;
  /** Client certificates and extra CAs, looked up per hop by the hop's host. */
  readonly tls?: TlsMaterial;
  /** A cookie jar: its cookies go out with each hop, and what each answer sets goes in. */
  readonly cookies?: SendCookies;
  /** Leave out the headers as written (`wireHeaders`): a run reports steps, not exchanges, and would throw them away at every send. */
  readonly withoutWireHeaders?: boolean;
  /** The deadline of a request that sets none (the host's --timeout); left out, DEFAULT_TIMEOUT_MS. */
  readonly defaultTimeoutMs?: number;
}

// Multipart bodies get their boundary here, so the Content-Type the form set is replaced.
function withContentType(headers: HeaderEntry[], contentType: string | undefined): HeaderEntry[] {
  if (contentType === undefined) return headers;
  return [...headers.filter((h) => h.name.toLowerCase() !== 'content-type'), { name: 'Content-Type', value: contentType }];
}

/** Sends `request`; HTTP error statuses are responses, network failures throw UserFacingError. */
export async function sendRequest(request: RequestDescription, options: SendOptions = {}): Promise<ResponseSnapshot> {
  let url = checkUrl(request.url).href;
  const timeoutMs = request.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = request.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let headers = checkHeaders(request.headers);
  let method: HttpMethod = request.method;
  let body: PreparedBody['data'] | undefined;
  const insecure = request.allowInvalidCertificate === true;
  // One stopper for both cancel and the deadline (see Stopper for why not an AbortController), from
  // before the body is prepared: a cancel while a large upload is being read must stop it too.
  const { stopper, done } = trackSend(request.requestId);
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    stopper.abort(new DeadlineError(timeoutMs));
  }, timeoutMs);
  const started = performance.now();
  const hops: RedirectHop[] = [];
  // What counts as a credential is read from the request as sent, once, at the first redirect.
  let credentials: RedirectCredentials | undefined;
  let phase: 'headers' | 'body' = 'headers';
  // Set while a hop waits for its answer, so a handshake failure can name the certificate involved.
  let tlsContext: TlsFailureContext | undefined;
  let lastJarCookie: string | undefined;
  let signedHeaders: HeaderEntry[] | undefined;
  try {
    const signer = requestSigner(request.signing, url);
    if (request.body !== undefined) {
      // No await without a body: each await is a trip through the microtask queue.
      const prepared = await prepareBody(request.body, options.uploads ?? processUploads);
      // Stopped while the body was being prepared: nothing is sent.
      if (stopper.reason !== undefined) throw stopper.reason;
      headers = withContentType(headers, prepared?.contentType);
      body = prepared?.data;
    }
    for (;;) {
      const hopStarted = performance.now();
      const hopTls = options.tls?.forUrl(url);
      const jarCookie = options.cookies?.cookieHeader(url) ?? '';
      if (jarCookie !== '') lastJarCookie = jarCookie;
      // The jar's cookies are added per hop, never carried in `headers` to the next one.
      const hopHeaders = jarCookie === '' ? headers : withJarCookies(headers, jarCookie);
      tlsContext = { url, tls: hopTls, patterns: options.tls?.patterns ?? [], beforeAnswer: true };
      const plain = { url, method, headers: headerObject(hopHeaders), ...(body === undefined ? {} : { body }) };
      const transport = { stopper, allowInvalidCertificate: insecure, ...(hopTls === undefined ? {} : { tls: hopTls }) };
      let sentHeaders = signer === undefined ? plain.headers : await signer.prepare(plain);
      let hop = await sendHop({ ...plain, headers: sentHeaders, ...transport });
      // Digest: a 401 challenge is answered once, on the same hop, and that answer is what is shown.
      const challengeAnswer = signer?.answer(plain, hop.status, hop.headers);
      if (challengeAnswer !== undefined) {
        hop.stream.destroy();
        sentHeaders = challengeAnswer;
        hop = await sendHop({ ...plain, headers: sentHeaders, ...transport });
      }
      // What the signer put on this hop, for the record of what was sent: the request description holds it as built.
      signedHeaders = signer === undefined ? undefined : signedHeaderEntries(plain.headers, sentHeaders);
      tlsContext = undefined;
      options.cookies?.store(url, hop.headers);
      const location = headerValue(hop.headers, 'location');
      let redirectNote: string | undefined;
      if (REDIRECT_STATUSES.has(hop.status) && location !== undefined) {
        credentials ??= { names: request.credentialNames, values: credentialValues(request), query: credentialQueryPairs(request) };
        const decision = planRedirect(url, method, hop.status, location, headers, credentials);
        if (decision.kind === 'stop') redirectNote = decision.reason;
        else if (hops.length >= maxRedirects) redirectNote = `Stopped after ${maxRedirects} redirect${maxRedirects === 1 ? '' : 's'} (the limit for this request); this is the last redirect received.`;
        else {
          hop.stream.destroy();
          hops.push({ method, url, status: hop.status, location, droppedHeaders: decision.droppedHeaders, ...(decision.droppedQuery.length > 0 ? { droppedQuery: decision.droppedQuery } : {}) });
          ({ url, method } = decision);
          headers = [...decision.headers];
          if (!decision.keepBody) body = undefined;
          continue;
        }
      }
      phase = 'body';
      const answer = await snapshot({ request, options, url, method, hop, hops, stopper, insecure, redirectNote, hopStarted, started });
      if (signedHeaders !== undefined && signedHeaders.length > 0) answer.signedHeaders = signedHeaders;
      // What reached the wire on this last hop, read from the request as written.
      const written = options.withoutWireHeaders === true ? [] : hop.written();
      if (written.length > 0) answer.wireHeaders = wireHeaders(written, { built: headers, signed: signedHeaders, jarCookies: jarCookie !== '', credentialNames: request.credentialNames, secrets: credentialValues(request) });
      return lastJarCookie === undefined ? answer : { ...answer, jarCookies: lastJarCookie };
    }
  } catch (error) {
    const tlsFailure = tlsContext === undefined ? undefined : describeTlsFailure(error, tlsContext);
    if (tlsFailure !== undefined && stopper.reason === undefined) throw tlsFailure;
    throw describeFailure(error, { url, timeoutMs, phase, cancelled: stopper.reason !== undefined && !timedOut, timedOut, insecure });
  } finally {
    clearTimeout(deadline);
    done();
  }
}

interface SnapshotInput {
  readonly request: RequestDescription;
  readonly options: SendOptions;
  readonly url: string;
  readonly method: HttpMethod;
  readonly hop: HopResponse;
  readonly hops: readonly RedirectHop[];
  readonly stopper: Stopper;
  readonly insecure: boolean;
  readonly redirectNote: string | undefined;
  readonly hopStarted: number;
  readonly started: number;
}

type Filled<T> = { -readonly [K in keyof T]: T[K] };

async function snapshot(input: SnapshotInput): Promise<Filled<ResponseSnapshot>> {
  const { hop, request, options } = input;
  const contentType = headerValue(hop.headers, 'content-type');
  const lengthHeader = Number(headerValue(hop.headers, 'content-length'));
  const requestId = request.requestId;
  const events = options.events;
  const readOptions: { -readonly [K in keyof ReadBodyOptions]: ReadBodyOptions[K] } = { maxBodyBytes: request.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, stopper: input.stopper };
  const contentEncoding = headerValue(hop.headers, 'content-encoding');
  if (contentEncoding !== undefined) readOptions.contentEncoding = contentEncoding;
  if (Number.isFinite(lengthHeader)) readOptions.contentLength = lengthHeader;
  if (events && requestId !== undefined) readOptions.onProgress = (progress) => events.emit('request:progress', { requestId, ...progress });
  const read = await readBody(hop.stream, readOptions);
  const ended = performance.now();
  const shown = toResponseBody(read.bytes, contentType);
  // A body cut by a stop or kept on disk is only partly here, whatever the viewer's own limit.
  const body = (read.file || read.note) && shown.kind !== 'empty' ? { ...shown, truncated: true } : shown;
  // The validator (ajv and its formats) is imported by the first send that checks its answer against a
  // schema; runs and sends without one never load it.
  const validation = request.expect ? (await import('../validation/validate-response')).validateResponse(request.expect, { status: hop.status, headers: hop.headers, contentType, body, place: { url: input.url, method: input.method, redirects: input.hops } }) : undefined;
  // Filled by assignment: a dozen conditional spreads per send showed in the send path's profile.
  const out: Filled<ResponseSnapshot> = {
    url: input.url,
    method: input.method,
    status: hop.status,
    statusText: hop.statusText || STATUS_CODES[hop.status] || '',
    headers: hop.headers,
    body,
    sizeBytes: read.decodedBytes,
    transferredBytes: read.transferredBytes,
    timeMs: round(ended - input.started),
    timings: timingsOf(hop.marks, ended, input.hopStarted - input.started),
    redirects: input.hops,
  };
  if (contentType !== undefined) out.contentType = contentType;
  if (input.redirectNote !== undefined) out.redirectNote = input.redirectNote;
  if (read.note !== undefined) out.bodyNote = read.note;
  if (read.file) out.bodyFile = { ...read.file, bytes: read.decodedBytes };
  if (input.insecure) out.insecureTls = true;
  if (validation !== undefined) out.validation = validation;
  return out;
}

function timingsOf(marks: SocketMarks, ended: number, redirectsMs: number): ResponseTimings {
  const dns = marks.lookup ?? 0;
  const connected = marks.connect ?? dns;
  const secured = marks.secure ?? connected;
  const firstByte = marks.firstByte ?? secured;
  return {
    dnsMs: round(dns),
    connectMs: round(marks.connect === undefined ? 0 : connected - dns),
    tlsMs: round(marks.secure === undefined ? 0 : secured - connected),
    ttfbMs: round(firstByte - secured),
    downloadMs: round(ended - marks.start - firstByte),
    reusedConnection: marks.reused,
    redirectsMs: round(redirectsMs),
  };
}

interface FailureContext {
  readonly url: string;
  readonly timeoutMs: number;
  readonly phase: 'headers' | 'body';
  readonly cancelled: boolean;
  readonly timedOut: boolean;
  readonly insecure: boolean;
}

function describeFailure(error: unknown, context: FailureContext): UserFacingError {
  if (error instanceof UserFacingError) return error;
  if (context.cancelled || error instanceof CancelledError) return new UserFacingError('cancelled', `The request to ${context.url} was cancelled; nothing more was read. Send it again when ready.`);
  if (context.timedOut) return new UserFacingError('timeout', networkErrorMessage({ code: 'ETIMEDOUT' }, context.url, context.timeoutMs).message);
  const described = networkErrorMessage(error, context.url, context.timeoutMs);
  if (described.code === 'connection-reset' && context.phase === 'body') {
    return new UserFacingError('connection-reset', `The connection to ${context.url} closed in the middle of the body, so the answer is incomplete. Check the server's logs and send again.`);
  }
  if (described.code === 'tls-certificate') {
    return new UserFacingError('tls-certificate', `${described.message} To send to this server anyway, tick "Allow invalid certificate" for this request.`);
  }
  return new UserFacingError(described.code, described.message);
}

// A Cookie header typed in the request goes first; the jar's cookies follow in the same header.
function withJarCookies(headers: HeaderEntry[], jarCookie: string): HeaderEntry[] {
  const typed = headers.find((header) => header.name.toLowerCase() === 'cookie');
  if (typed === undefined) return [...headers, { name: 'Cookie', value: jarCookie }];
  return headers.map((header) => (header === typed ? { name: header.name, value: header.value === '' ? jarCookie : `${header.value}; ${jarCookie}` } : header));
}

function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserFacingError('invalid-url', `"${raw}" is not a complete URL. Pick a server or type a base URL such as http://127.0.0.1:8000.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserFacingError('invalid-url', `${url.href} uses ${url.protocol.replace(':', '')}; Roundtrip sends requests over http and https only.`);
  }
  return url;
}

function checkHeaders(entries: readonly HeaderEntry[]): HeaderEntry[] {
  const checked: HeaderEntry[] = [];
  for (const { name, value } of entries) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(trimmed)) {
      throw new UserFacingError('invalid-header', `"${trimmed}" is not a valid header name: use letters, digits and - only.`);
    }
    if (/[\r\n]/.test(value)) {
      throw new UserFacingError('invalid-header', `The value of header ${trimmed} contains a line break; remove it and send again.`);
    }
    checked.push({ name: trimmed, value });
  }
  return checked;
}

function headerObject(entries: readonly HeaderEntry[]): Record<string, string> {
  const headers: Record<string, string> = {};
  // Lower-cased name -> the first spelling used, so repeats join under it (one lookup per header).
  const spelled = new Map<string, string>();
  for (const { name, value } of entries) {
    const lower = name.toLowerCase();
    const existing = spelled.get(lower);
    if (existing !== undefined) headers[existing] = `${headers[existing]}, ${value}`;
    else {
      spelled.set(lower, name);
      headers[name] = value;
    }
  }
  if (!spelled.has('user-agent')) headers['User-Agent'] = USER_AGENT;
  // Only encodings read-body can decode, so nothing arrives that cannot be shown.
  if (!spelled.has('accept-encoding')) headers['Accept-Encoding'] = 'gzip, deflate, br';
  return headers;
}

function headerValue(headers: readonly HeaderEntry[], name: string): string | undefined {
  return headers.find((header) => header.name.toLowerCase() === name)?.value;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
