/** Reads a versioned JSON file of the data folder (shared/saved/versioned-file.ts), or says what to do about it. */
import { readFile } from 'node:fs/promises';
import type { ErrorCode } from '../../../shared/ipc/result';
import { readVersioned, type VersionedFormat } from '../../../shared/saved/versioned-file';
import { UserFacingError } from '../app-error';

/**
 * The file checked against `format` and migrated; undefined when there is none yet. A file that
 * cannot be read or is not valid throws a UserFacingError with `code`, ending with `then` (what
 * to do once it is fixed or moved away: "open Roundtrip again").
 */
export async function readVersionedFile<T>(path: string, format: VersionedFormat<T>, code: ErrorCode, then: string): Promise<T | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw new UserFacingError(code, `Could not read ${path} (${error instanceof Error ? error.message : String(error)}). Fix or remove the file, then ${then}.`);
  }
  const read = readVersioned(raw, format);
  if (!read.ok) throw new UserFacingError(code, `${read.message} Fix or move away ${path}, then ${then}.`);
  return read.value;
}
