// One guard for "an object with string keys" on values that come from a file, a response,
// IPC or a spec: a check TypeScript narrows on, where a cast would let anything through.

/** Whether a value is a plain keyed object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a keyed object when it is one, otherwise undefined (for `asRecord(x) ?? {}`). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
