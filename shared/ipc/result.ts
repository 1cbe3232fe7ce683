/** Every handler answers with a Result: bad input never throws across the boundary. */

/** A send that failed on the network (shared/request/network-error-message). */
export const NETWORK_ERROR_CODES = ['connection-refused', 'connection-reset', 'dns-failed', 'unreachable', 'timeout', 'tls-certificate', 'too-many-redirects', 'response-too-large', 'invalid-url', 'network', 'client-certificate'] as const;
export type NetworkErrorCode = (typeof NETWORK_ERROR_CODES)[number];

/** The page could not talk to the main process (renderer/lib/api.ts) or the main process refused the call. */
const TRANSPORT_ERROR_CODES = ['bad-url', 'host-unreachable', 'host-refused', 'host-error', 'too-large', 'ipc-failed', 'untrusted-sender', 'unknown-channel', 'input-too-large'] as const;
export type TransportErrorCode = (typeof TRANSPORT_ERROR_CODES)[number];

/** Opening a document (the spec loader also fails with the network codes above). */
export const SPEC_ERROR_CODES = ['spec-cancelled', 'spec-empty', 'spec-file-type', 'spec-file-unreadable', 'spec-http-status', 'spec-not-openapi', 'spec-operation-unavailable', 'spec-ref-refused', 'spec-refs', 'spec-syntax', 'spec-too-deep', 'spec-invalid', 'spec-too-large', 'spec-unsupported-version', 'spec-unusable'] as const;
export type SpecErrorCode = (typeof SPEC_ERROR_CODES)[number];

/** Collections, environments, history and other files in the data folder. */
const STORE_ERROR_CODES = ['bad-collection', 'bad-data-file', 'bad-move', 'bad-path', 'bad-root', 'bad-trash-id', 'broken-collection', 'broken-environment', 'broken-file', 'broken-files', 'disk-full', 'empty-collection', 'environments-unreadable', 'exists', 'history-not-found', 'no-collection', 'no-permission', 'no-spec', 'not-a-folder', 'not-found', 'read-only', 'report-not-written', 'unknown-environment', 'write-failed', 'tls-settings', 'bad-cookie'] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** Building and sending a request, its files, auth and checks. */
const REQUEST_ERROR_CODES = ['already-running', 'body-file-gone', 'cancelled', 'check-failed', 'empty-url', 'file-too-large', 'file-unreadable', 'invalid-header', 'remote-target', 'token-refused', 'token-unreachable', 'upload-out-of-order', 'upload-too-large', 'upload-unknown'] as const;
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

/** An interactive OAuth 2.0 login (authorization code, device code) and the tokens it leaves. */
const LOGIN_ERROR_CODES = ['login-needed', 'login-failed', 'login-cancelled', 'login-unknown', 'token-origin'] as const;
export type LoginErrorCode = (typeof LOGIN_ERROR_CODES)[number];

/** Not tied to one domain: a handler's input failed its schema, or something unexpected broke. */
const GENERAL_ERROR_CODES = ['bad-input', 'invalid-input', 'internal', 'unknown'] as const;
export type GeneralErrorCode = (typeof GENERAL_ERROR_CODES)[number];

/** Stable, machine-readable: what the renderer and the CLI may match on. */
export type ErrorCode = NetworkErrorCode | TransportErrorCode | SpecErrorCode | StoreErrorCode | RequestErrorCode | LoginErrorCode | GeneralErrorCode;

const ERROR_CODES: ReadonlySet<string> = new Set([...NETWORK_ERROR_CODES, ...TRANSPORT_ERROR_CODES, ...SPEC_ERROR_CODES, ...STORE_ERROR_CODES, ...REQUEST_ERROR_CODES, ...LOGIN_ERROR_CODES, ...GENERAL_ERROR_CODES]);

/** True for a code this version knows (a history file may hold one an older version wrote). */
export function isErrorCode(code: string): code is ErrorCode {
  return ERROR_CODES.has(code);
}

export interface AppError {
  readonly code: ErrorCode;
  /** What happened, to what, and what to do next. */
  readonly message: string;
  readonly details?: unknown;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failed result. */
export function fail<T = never>(code: ErrorCode, message: string, details?: unknown): Result<T> {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}
