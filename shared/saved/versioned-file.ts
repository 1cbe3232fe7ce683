/**
 * Reads a file of the data folder that carries a `version` (environments, history segments, recent
 * lists): each version has its zod schema and an up() to the next, as collection files do
 * (shared/collections/migrate.ts). A version this build does not know is refused with a message,
 * never read as empty.
 */
import type { z } from 'zod';

export interface FileVersion {
  readonly version: number;
  readonly schema: z.ZodType;
  /** Turns a valid file of this version into the next version's shape. */
  readonly up: (value: never) => unknown;
}

export interface VersionedFormat<T> {
  /** How the file is named in a message ("The environments file"). */
  readonly what: string;
  /** The version this build writes. */
  readonly version: number;
  readonly schema: z.ZodType<T>;
  /** Older versions, oldest first, each migrated up to the next. */
  readonly older?: readonly FileVersion[];
}

/** `newer` is set when a later Roundtrip wrote the file: it is fine, only not readable here, so keep it as it is. */
export type VersionedRead<T> = { readonly ok: true; readonly value: T; readonly migratedFrom?: number } | { readonly ok: false; readonly message: string; readonly newer?: true };

/** Validates `raw` (parsed JSON) as any known version of `format` and migrates it to the latest; never throws. */
export function readVersioned<T>(raw: unknown, format: VersionedFormat<T>): VersionedRead<T> {
  const declared = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'version' in raw ? raw.version : undefined;
  if (typeof declared !== 'number') return { ok: false, message: `${format.what} has no version number, so it is not a file this Roundtrip wrote.` };
  if (declared > format.version) return { ok: false, newer: true, message: `${format.what} is format version ${declared}, newer than this Roundtrip understands (${format.version}). Update Roundtrip to read it; the file is left as it is.` };
  const older = format.older ?? [];
  const start = older.findIndex((step) => step.version === declared);
  if (declared !== format.version && start < 0) return { ok: false, message: `${format.what} has an unknown format version ${declared}; the file is left as it is.` };
  let value: unknown = raw;
  for (const step of start < 0 ? [] : older.slice(start)) {
    const parsed = step.schema.safeParse(value);
    if (!parsed.success) return { ok: false, message: `${format.what} is not valid (version ${step.version}): ${describeIssues(parsed.error.issues)}` };
    value = (step.up as (value: unknown) => unknown)(parsed.data);
  }
  const parsed = format.schema.safeParse(value);
  if (!parsed.success) return { ok: false, message: `${format.what} is not valid${start < 0 ? '' : ` after migrating it from version ${declared}`}: ${describeIssues(parsed.error.issues)}` };
  return start < 0 ? { ok: true, value: parsed.data } : { ok: true, value: parsed.data, migratedFrom: declared };
}

/** The first few zod issues, each with where it is. */
export function describeIssues(issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
