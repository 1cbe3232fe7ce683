/**
 * Every sent request and its answer, on disk in the data folder under history/.
 * Entries are written in batches: whatever queued while the last write ran goes into one
 * segment file (atomic: temp file, fsync, rename), so a burst of sends costs a few file
 * writes, not one per send. Whole old segments are removed once the newer ones hold the
 * limit. Credential header values are redacted before anything is written.
 * An entry is turned into its JSON text when recorded: the queue then holds one flat string
 * per send instead of the response's object tree, which the garbage collector would
 * otherwise copy into the old generation while it waits for the batch.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { idempotencyKeyOf } from '../../../shared/idempotency/idempotency-key-header';
import { answeredCredentials, credentialValues } from '../../../shared/security/credential-values';
import { exchangeMasks } from '../../../shared/security/credential-query';
import { withCookieCredentials } from '../../../shared/cookies/cookie-secrets';
import { REDACTED } from '../../../shared/security/mask-secrets';
import { matchesHistoryQuery } from '../../../shared/response/history-search';
import { capBody, HISTORY_VERSION, maskResponse, redactRequest, summarize, type HistoryContext, type HistoryEntry, type HistorySummary } from '../../../shared/response/history-entry';
import { HISTORY_SEGMENT, type HistorySegmentFile } from '../../../shared/response/history-file';
import { readVersioned, type VersionedRead } from '../../../shared/saved/versioned-file';
import { UserFacingError } from '../app-error';
import { nodeFs, writeFileAtomic } from '../fs/atomic-write';

export const DEFAULT_HISTORY_LIMIT = 1000;
/** Characters of body kept per entry; longer bodies are stored cut and marked. */
export const DEFAULT_HISTORY_BODY_CHARS = 256 * 1024;
/**
 * How long entries gather before a write: a burst of sends becomes one file, at the risk of losing
 * this much on a crash. 200 ms rather than 50: a fast runner loop then costs a quarter of the
 * open/fsync/rename/unlink work (bench:request-overhead), and a crash loses at most a fifth of a second.
 */
const BATCH_DELAY_MS = 200;

export interface HistoryOptions {
  readonly limit?: number;
  readonly maxBodyChars?: number;
  /** Deletes the temp file of a large body once its response leaves history (pruned or cleared). */
  readonly dropBodyFile?: (id: string) => Promise<void>;
}

export interface HistoryStore {
  /** Queues the entry; resolves when it is on disk. Never throws: history must not fail a send. */
  record(request: RequestDescription, outcome: { response: ResponseSnapshot } | { error: { code: string; message: string } }, opKey?: string, context?: HistoryContext): Promise<void>;
  list(query?: string, limit?: number): Promise<HistorySummary[]>;
  get(id: string): Promise<HistoryEntry>;
  clear(): Promise<number>;
}

interface Segment {
  readonly name: string;
  readonly ids: readonly string[];
  /** The temp body files of its responses (this run's only: they do not outlive a restart). */
  readonly bodyFiles: readonly string[];
  /** False for a file this version cannot read (a newer one, a damaged one): never pruned or cleared. */
  readonly readable: boolean;
}

/** The history kept in `dataDir`/history. */
export function createHistoryStore(dataDir: string, options: HistoryOptions = {}): HistoryStore {
  const folder = path.join(dataDir, 'history');
  const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
  const maxBodyChars = options.maxBodyChars ?? DEFAULT_HISTORY_BODY_CHARS;
  // The batch being gathered: entries as JSON text, their ids, and one promise for all of them.
  let batch = newBatch();
  let running = false;
  let lastWrite: Promise<void> = Promise.resolve();
  let sequence = 0;
  // Oldest first; read from the folder once, then kept in step with each write.
  let segments: Segment[] | undefined;
  let folderMade = false;

  const refused = new Set<string>();
  // Entries oldest first, or undefined for a file that cannot be read: said once on stderr, then left alone.
  const readSegment = async (name: string): Promise<HistoryEntry[] | undefined> => {
    const file = path.join(folder, name);
    let read: VersionedRead<HistorySegmentFile>;
    try {
      read = readVersioned(JSON.parse(await readFile(file, 'utf8')), HISTORY_SEGMENT);
    } catch (error) {
      read = { ok: false, message: `A history file could not be read (${error instanceof Error ? error.message : String(error)})` };
    }
    if (read.ok) return [...read.value.entries];
    if (!refused.has(name)) console.error(`${read.message} (${file}); its entries are not listed, and the file is kept.`);
    refused.add(name);
    return undefined;
  };

  const loadSegments = async (): Promise<Segment[]> => {
    if (segments) return segments;
    let names: string[] = [];
    try {
      names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
    } catch {
      names = [];
    }
    const loaded = await Promise.all(
      names.map(async (name): Promise<Segment> => {
        const entries = await readSegment(name);
        return { name, ids: (entries ?? []).map((entry) => entry.id), bodyFiles: [], readable: entries !== undefined };
      }),
    );
    segments ??= loaded;
    return segments;
  };

  const dropBodyFiles = (dropped: readonly Segment[]): void => {
    const drop = options.dropBodyFile;
    if (drop) for (const segment of dropped) for (const id of segment.bodyFiles) void drop(id);
  };

  const writeSegment = async (texts: readonly string[], ids: readonly string[], bodyFiles: readonly string[]): Promise<void> => {
    const known = await loadSegments();
    if (!folderMade) {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      folderMade = true;
    }
    // Names sort by time, then by a counter for segments within the same millisecond.
    sequence = (sequence + 1) % 1_000_000;
    const name = `${Date.now().toString().padStart(15, '0')}-${String(sequence).padStart(6, '0')}.json`;
    // The same text JSON.stringify would give for a SegmentFile, from entries already serialized.
    await writeFileAtomic(path.join(folder, name), `{"version":${HISTORY_VERSION},"entries":[${texts.join(',')}]}`, nodeFs, 0o600);
    known.push({ name, ids, bodyFiles, readable: true });
    let total = known.reduce((sum, segment) => sum + segment.ids.length, 0);
    const removed: Segment[] = [];
    for (;;) {
      const oldest = known.findIndex((segment) => segment.readable);
      const segment = known[oldest];
      // The segment just written always stays.
      if (!segment || oldest === known.length - 1 || total - segment.ids.length < limit) break;
      known.splice(oldest, 1);
      total -= segment.ids.length;
      removed.push(segment);
    }
    await Promise.all(removed.map((old) => rm(path.join(folder, old.name), { force: true })));
    dropBodyFiles(removed);
  };

  // Writes what is queued, batch after batch, until nothing is left; `running` flips in the same tick it sees the queue empty.
  const drain = async (): Promise<void> => {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, BATCH_DELAY_MS));
      const taken = batch;
      if (taken.texts.length === 0) {
        running = false;
        return;
      }
      batch = newBatch();
      try {
        await writeSegment(taken.texts, taken.ids, taken.bodyFiles);
      } catch (error) {
        console.error(`Could not write ${taken.texts.length} history entr${taken.texts.length === 1 ? 'y' : 'ies'} to ${folder}: ${(error as Error).message}`);
      }
      taken.written();
    }
  };

  const newestFirst = async (): Promise<HistoryEntry[]> => {
    await lastWrite;
    const names = (await loadSegments()).map((segment) => segment.name).reverse();
    const entries: HistoryEntry[] = [];
    for (const name of names) entries.push(...((await readSegment(name)) ?? []).reverse());
    return entries.slice(0, limit);
  };

  return {
    record(request, outcome, opKey, context) {
      const entry = buildEntry(request, outcome, maxBodyChars, opKey, context);
      batch.texts.push(JSON.stringify(entry));
      batch.ids.push(entry.id);
      if ('response' in outcome && outcome.response.bodyFile !== undefined) batch.bodyFiles.push(outcome.response.bodyFile.id);
      // Batches are written in order, so the newest batch's promise covers every earlier entry.
      lastWrite = batch.done;
      if (!running) {
        running = true;
        void drain();
      }
      return lastWrite;
    },
    async list(query = '', max = limit) {
      return (await newestFirst())
        .filter((entry) => matchesHistoryQuery(entry, query))
        .slice(0, max)
        .map(summarize);
    },
    async get(id) {
      await lastWrite;
      const segment = (await loadSegments()).find((each) => each.ids.includes(id));
      const entry = segment === undefined ? undefined : (await readSegment(segment.name))?.find((each) => each.id === id);
      if (!entry) throw new UserFacingError('history-not-found', `No history entry ${id} in ${folder}; it may have been cleared or pruned. Refresh the history list.`);
      return entry;
    },
    async clear() {
      await lastWrite;
      const known = await loadSegments();
      const cleared = known.filter((segment) => segment.readable);
      const count = cleared.reduce((sum, segment) => sum + segment.ids.length, 0);
      await Promise.all(cleared.map((segment) => rm(path.join(folder, segment.name), { force: true })));
      dropBodyFiles(cleared);
      segments = known.filter((segment) => !segment.readable);
      folderMade = false;
      return count;
    },
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

let isoMs = -1;
let isoText = '';
/** The time as ISO text, formatted once per millisecond: a fast loop records several sends in each. */
function isoNow(): string {
  const now = Date.now();
  if (now !== isoMs) {
    isoMs = now;
    isoText = new Date(now).toISOString();
  }
  return isoText;
}

interface Batch {
  readonly texts: string[];
  readonly ids: string[];
  readonly bodyFiles: string[];
  /** Settles once the batch is on disk (or its write failed and was logged). */
  readonly done: Promise<void>;
  readonly written: () => void;
}

function newBatch(): Batch {
  let written = (): void => undefined;
  const done = new Promise<void>((resolve) => (written = resolve));
  return { texts: [], ids: [], bodyFiles: [], done, written };
}

// Built by plain assignment, not conditional spreads and object rest: it runs on every send
// (npm run bench:request-overhead measures the path).
function buildEntry(request: RequestDescription, outcome: { response: ResponseSnapshot } | { error: { code: string; message: string } }, maxBodyChars: number, opKey?: string, context: HistoryContext = {}): HistoryEntry {
  // Secret values, and credentials the person typed (an Authorization header, a token in the URL): masked wherever a server echoes them.
  const sent = credentialValues(withCookieCredentials(request, 'response' in outcome ? outcome.response : undefined));
  // The tokens an answer hands out (an OAuth token response's) are masked too; the live answer keeps them.
  const answered = 'response' in outcome ? answeredCredentials(outcome.response) : [];
  const secrets = answered.length === 0 ? sent : [...sent, ...answered];
  const entry: Mutable<HistoryEntry> = { version: HISTORY_VERSION, id: randomUUID(), at: isoNow(), request: redactRequest(request, secrets), bodyTruncated: false };
  if (opKey !== undefined) entry.opKey = opKey;
  const key = idempotencyKeyOf(request.headers);
  if (key !== undefined) entry.idempotencyKey = key;
  if (context.via !== undefined) entry.via = context.via;
  if (context.attempt !== undefined) entry.attempt = context.attempt;
  if (context.step !== undefined) entry.step = context.step;
  if ('error' in outcome) {
    entry.error = { code: outcome.error.code, message: exchangeMasks(request, secrets).text(outcome.error.message) };
    return entry;
  }
  // Masked before the cap, so a secret straddling the cut cannot leave its first half in clear.
  const masked = maskResponse(outcome.response, secrets, request);
  const { body, cut } = capBody(masked.body, maxBodyChars);
  // The validation and the temp file are of the moment; the verdict is worth keeping.
  // Set to undefined rather than deleted (JSON leaves both out): delete turns the object into a slow dictionary.
  // Object.assign rather than a spread: adding properties to a spread copy is the slower of the two on this path.
  const response: Mutable<NonNullable<HistoryEntry['response']>> & { validation?: unknown; bodyFile?: unknown } = Object.assign({}, masked);
  response.body = body;
  response.validation = undefined;
  response.bodyFile = undefined;
  if (response.jarCookies !== undefined) response.jarCookies = REDACTED;
  // Cookies the server set are credentials too.
  if (response.headers.some((header) => header.name.toLowerCase() === 'set-cookie')) {
    response.headers = response.headers.map((header) => (header.name.toLowerCase() === 'set-cookie' ? { name: header.name, value: REDACTED } : header));
  }
  if (outcome.response.validation) response.conforms = outcome.response.validation.conforms;
  entry.response = response;
  entry.bodyTruncated = cut || outcome.response.bodyFile !== undefined;
  return entry;
}
