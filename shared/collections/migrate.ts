/**
 * Loads any version of a saved file: each version has its schema and an up() to the next one
 * (Hoppscotch-style), so a file written years ago is validated as what it was, then migrated.
 */
import type { z } from 'zod';
import { collectionV0, folderV0, savedRequestV0, type CollectionV0, type FolderV0, type SavedRequestV0 } from './format-v0';
import { collectionV1, FORMAT_VERSION, folderV1, savedRequestV1, type CollectionFile, type FolderFile, type SavedRequest } from './format-v1';
import { isRecord } from '../values/is-record';

export type FileKind = 'request' | 'folder' | 'collection';

interface VersionStep {
  readonly version: number;
  readonly schema: z.ZodType;
  /** Turns a valid file of this version into the next version's shape; absent on the latest. */
  readonly up?: (value: never) => unknown;
}

const requestSteps: readonly VersionStep[] = [
  {
    version: 0,
    schema: savedRequestV0,
    up: (v0: SavedRequestV0): SavedRequest => ({
      format: 'roundtrip.request',
      version: 1,
      name: v0.name,
      method: v0.method,
      url: v0.url,
      headers: Object.entries(v0.headers ?? {}).map(([name, value]) => ({ name, value })),
      body: v0.body === undefined ? { mode: 'none' } : { mode: 'raw', mediaType: v0.contentType ?? 'text/plain', text: v0.body },
      auth: { type: 'inherit' },
    }),
  },
  { version: 1, schema: savedRequestV1 },
];

const folderSteps: readonly VersionStep[] = [
  { version: 0, schema: folderV0, up: (v0: FolderV0): FolderFile => ({ format: 'roundtrip.folder', version: 1, name: v0.name }) },
  { version: 1, schema: folderV1 },
];

const collectionSteps: readonly VersionStep[] = [
  {
    version: 0,
    schema: collectionV0,
    up: (v0: CollectionV0): CollectionFile => ({
      format: 'roundtrip.collection',
      version: 1,
      name: v0.name,
      variables: Object.entries(v0.variables ?? {}).map(([key, value]) => ({ key, value })),
    }),
  },
  { version: 1, schema: collectionV1 },
];

const STEPS: Readonly<Record<FileKind, readonly VersionStep[]>> = { request: requestSteps, folder: folderSteps, collection: collectionSteps };

/** The latest file shape of each kind. */
export type ParsedValue<K extends FileKind> = LatestOf[K];

interface LatestOf {
  request: SavedRequest;
  folder: FolderFile;
  collection: CollectionFile;
}

export type ParseOutcome<T> = { readonly ok: true; readonly value: T; readonly migratedFrom?: number } | { readonly ok: false; readonly message: string };

/** Validates a parsed file of any known version and migrates it to the latest; never throws. */
export function migrateFile<K extends FileKind>(kind: K, raw: unknown): ParseOutcome<LatestOf[K]> {
  if (!isRecord(raw)) return { ok: false, message: `A ${kind} file must hold a JSON object.` };
  const declared = raw['version'];
  const version = declared === undefined ? 0 : declared;
  const steps = STEPS[kind];
  const start = steps.findIndex((step) => step.version === version);
  if (start < 0) {
    const newer = typeof version === 'number' && version > FORMAT_VERSION;
    return { ok: false, message: newer ? `This ${kind} file is format version ${version}, newer than this Roundtrip understands (${FORMAT_VERSION}). Update Roundtrip to open it.` : `Unknown ${kind} format version ${JSON.stringify(version)}.` };
  }
  let value: unknown = raw;
  for (let index = start; index < steps.length; index += 1) {
    const step = steps[index];
    if (!step) break;
    const parsed = step.schema.safeParse(value);
    if (!parsed.success) return { ok: false, message: `Not a valid ${kind} file (version ${step.version}): ${describeIssues(parsed.error.issues)}` };
    value = step.up ? (step.up as (v: unknown) => unknown)(parsed.data) : parsed.data;
  }
  return start === steps.length - 1 ? { ok: true, value: value as LatestOf[K] } : { ok: true, value: value as LatestOf[K], migratedFrom: version as number };
}

/** Parses file text (JSON) and migrates it; the message names the line for a syntax error. */
export function parseSavedFile<K extends FileKind>(kind: K, text: string): ParseOutcome<LatestOf[K]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const conflict = conflictMarkerLine(text);
    if (conflict !== undefined) return { ok: false, message: `Not valid JSON: it holds merge-conflict markers (${conflict.marker} at line ${conflict.line}). Resolve the conflict in an editor, then refresh.` };
    return { ok: false, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return migrateFile(kind, raw);
}

function describeIssues(issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** The first line git's conflict markers (<<<<<<<, =======, >>>>>>>) start, if any. */
function conflictMarkerLine(text: string): { readonly marker: string; readonly line: number } | undefined {
  const match = /^(<{7}|={7}|>{7})(?: |$)/m.exec(text);
  if (!match) return undefined;
  return { marker: match[1] ?? '', line: text.slice(0, match.index).split('\n').length };
}
