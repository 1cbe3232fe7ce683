/** Every handler answers with a Result: bad input never throws across the boundary. */
export interface AppError {
  /** Stable, machine-readable: "invalid-input", "connection-refused", "spec-parse"… */
  readonly code: string;
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
export function fail<T = never>(code: string, message: string, details?: unknown): Result<T> {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}
