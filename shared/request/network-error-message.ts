/**
 * Turns a failed exchange (an axios or Node network error) into a message that names
 * the URL and says what to do next, instead of "Network Error".
 */
import type { NetworkErrorCode } from '../ipc/result';
import { asRecord } from '../values/is-record';

export interface NetworkErrorDescription {
  readonly code: NetworkErrorCode;
  readonly message: string;
}

interface ErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
}

const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

/** Describes a network failure for `url`; `timeoutMs` is the deadline that was in force. */
export function networkErrorMessage(error: unknown, url: string, timeoutMs: number): NetworkErrorDescription {
  const code = errorCode(error);
  const host = hostOf(url);
  switch (code) {
    case 'ECONNREFUSED':
      return { code: 'connection-refused', message: `Could not reach ${url} (connection refused). Is the server running?` };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { code: 'dns-failed', message: `Could not find the host ${host} for ${url}. Check the address, or your network and DNS.` };
    case 'ECONNRESET':
    case 'EPIPE':
      return { code: 'connection-reset', message: `The connection to ${url} was closed by the server before it answered. Check the server's logs.` };
    case 'ETIMEDOUT':
    case 'ECONNABORTED':
    case 'ERR_CANCELED':
    case 'ABORT_ERR':
    case 'TimeoutError':
      return { code: 'timeout', message: `No answer from ${url} within ${formatSeconds(timeoutMs)}. Is the server slow or unreachable? Try again or raise the timeout.` };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { code: 'unreachable', message: `Could not reach ${url} (no route to host). Check the address and your network.` };
    case 'ERR_FR_TOO_MANY_REDIRECTS':
      return { code: 'too-many-redirects', message: `${url} redirected too many times. Check the URL or the server's redirect rules.` };
    case 'ERR_BAD_RESPONSE':
    case 'ERR_FR_MAX_BODY_LENGTH_EXCEEDED':
      return { code: 'response-too-large', message: `The answer from ${url} is larger than Roundtrip accepts. ${messageOf(error)}` };
    case 'ERR_INVALID_URL':
      return { code: 'invalid-url', message: `"${url}" is not a valid URL. Check it and try again.` };
  }
  if (code !== undefined && CERTIFICATE_CODES.has(code)) {
    return { code: 'tls-certificate', message: `The TLS certificate of ${host} is not trusted (${code}). Check the server's certificate or use http for a local server.` };
  }
  return { code: 'network', message: `The request to ${url} failed: ${messageOf(error)}${code ? ` (${code})` : ''}. Check the address and that the server is running.` };
}

// axios wraps Node's error; the useful code can sit on the error or on its cause.
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const candidate = current as ErrorLike & { name?: unknown };
    if (typeof candidate.code === 'string' && candidate.code !== 'ERR_NETWORK') return candidate.code;
    if (candidate.name === 'TimeoutError') return 'TimeoutError';
    current = candidate.cause;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  const message = asRecord(error)?.message;
  return typeof message === 'string' && message.length > 0 ? message : 'unknown error';
}

function hostOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(url);
  return match?.[1] ?? url;
}

/** A deadline in seconds as the messages show it ("0.4 s", "30 s"). */
export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
