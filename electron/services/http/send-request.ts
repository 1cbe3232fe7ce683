/** Sends one request with axios in the main process and snapshots the response. */
import { STATUS_CODES } from 'node:http';
import axios, { type AxiosResponse } from 'axios';
import type { HeaderEntry, RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { networkErrorMessage } from '../../../shared/request/network-error-message';
import { UserFacingError } from '../app-error';
import { toResponseBody } from './response-body';

export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_RESPONSE_BYTES = 50 * 1024 * 1024;
const USER_AGENT = 'Roundtrip/0.1';

/** Sends `request`; HTTP error statuses are responses, network failures throw UserFacingError. */
export async function sendRequest(request: RequestDescription): Promise<ResponseSnapshot> {
  const url = checkUrl(request.url);
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers = headerObject(request.headers);
  const started = performance.now();
  let response: AxiosResponse<ArrayBuffer>;
  try {
    response = await axios.request<ArrayBuffer>({
      url: url.href,
      method: request.method,
      headers,
      data: request.body?.text,
      // Send the body exactly as typed: axios would otherwise re-encode text it cannot parse as JSON.
      transformRequest: [(data: unknown) => data],
      responseType: 'arraybuffer',
      // Every status is an answer worth showing, not an exception.
      validateStatus: () => true,
      transformResponse: [(data: unknown) => data],
      // Axios's timeout is per idle socket; the signal is the overall deadline.
      timeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
      maxRedirects: 5,
      maxContentLength: MAX_RESPONSE_BYTES,
      maxBodyLength: Infinity,
      decompress: true,
    });
  } catch (error) {
    const described = networkErrorMessage(error, url.href, timeoutMs);
    throw new UserFacingError(described.code, described.message);
  }
  const timeMs = performance.now() - started;
  const bytes = Buffer.from(response.data);
  const received = responseHeaders(response);
  const contentType = received.find((header) => header.name.toLowerCase() === 'content-type')?.value;
  return {
    url: url.href,
    method: request.method,
    status: response.status,
    statusText: response.statusText || STATUS_CODES[response.status] || '',
    headers: received,
    ...(contentType === undefined ? {} : { contentType }),
    body: toResponseBody(bytes, contentType),
    sizeBytes: bytes.length,
    timeMs: Math.round(timeMs * 10) / 10,
  };
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

function headerObject(entries: readonly HeaderEntry[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { name, value } of entries) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(trimmed)) {
      throw new UserFacingError('invalid-header', `"${trimmed}" is not a valid header name: use letters, digits and - only.`);
    }
    if (/[\r\n]/.test(value)) {
      throw new UserFacingError('invalid-header', `The value of header ${trimmed} contains a line break; remove it and send again.`);
    }
    const existing = Object.keys(headers).find((key) => key.toLowerCase() === trimmed.toLowerCase());
    if (existing) headers[existing] = `${headers[existing]}, ${value}`;
    else headers[trimmed] = value;
  }
  if (!Object.keys(headers).some((key) => key.toLowerCase() === 'user-agent')) headers['User-Agent'] = USER_AGENT;
  return headers;
}

function responseHeaders(response: AxiosResponse): HeaderEntry[] {
  // rawHeaders keeps the server's spelling, order and repeated headers (Set-Cookie).
  const raw = (response.request as { res?: { rawHeaders?: string[] } } | undefined)?.res?.rawHeaders;
  if (raw && raw.length > 0) {
    const entries: HeaderEntry[] = [];
    for (let index = 0; index + 1 < raw.length; index += 2) entries.push({ name: raw[index] ?? '', value: raw[index + 1] ?? '' });
    return entries;
  }
  return Object.entries(response.headers as Record<string, unknown>).flatMap(([name, value]) =>
    Array.isArray(value) ? value.map((item) => ({ name, value: String(item) })) : [{ name, value: String(value) }],
  );
}
