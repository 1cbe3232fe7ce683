// Node reports what went wrong with a file, a socket or a process as a string `code` on the thrown
// error (ENOENT, EACCES, EADDRINUSE...). A thrown value can be anything, so it is read, not asserted.

/** The error's own string `code` (Node's errno name), or undefined for anything else thrown. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
