/**
 * Every sent request and its answer, on disk in the data folder: one JSON file per
 * entry under history/, written atomically, the oldest removed past the limit.
 * Credential header values are redacted before anything is written.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { capBody, HISTORY_VERSION, REDACTED, matchesQuery, redactRequest, summarize, type HistoryEntry, type HistorySummary } from '../../../shared/response/history-entry';
import { UserFacingError } from '../app-error';
import { writeFileAtomic } from './atomic-write';

export const DEFAULT_HISTORY_LIMIT = 1000;
/** Characters of body kept per entry; longer bodies are stored cut and marked. */
export const DEFAULT_HISTORY_BODY_CHARS = 256 * 1024;

export interface HistoryOptions {
  readonly limit?: number;
  readonly maxBodyChars?: number;
}

export interface HistoryStore {
  /** Queues the entry; resolves when it is on disk. Never throws: history must not fail a send. */
  record(request: RequestDescription, outcome: { response: ResponseSnapshot } | { error: { code: string; message: string } }, opKey?: string): Promise<void>;
  list(query?: string, limit?: number): Promise<HistorySummary[]>;
  get(id: string): Promise<HistoryEntry>;
  clear(): Promise<number>;
}

/** The history kept in `dataDir`/history. */
export function createHistoryStore(dataDir: string, options: HistoryOptions = {}): HistoryStore {
  const folder = path.join(dataDir, 'history');
  const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
  const maxBodyChars = options.maxBodyChars ?? DEFAULT_HISTORY_BODY_CHARS;
  // Writes run one after another so pruning never races a write.
  let queue: Promise<void> = Promise.resolve();
  let sequence = 0;

  const fileNames = async (): Promise<string[]> => {
    try {
      return (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
    } catch {
      return [];
    }
  };

  // The folder's entry names, oldest first, read once and then kept in step with each write.
  let known: string[] | undefined;

  const write = async (entry: HistoryEntry): Promise<void> => {
    if (!known) {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      known = await fileNames();
    }
    // Names sort by time, then by a counter for entries within the same millisecond.
    sequence = (sequence + 1) % 1_000_000;
    const name = `${Date.now().toString().padStart(15, '0')}-${String(sequence).padStart(6, '0')}-${entry.id}.json`;
    await writeFileAtomic(path.join(folder, name), JSON.stringify(entry));
    known.push(name);
    const excess = known.splice(0, Math.max(0, known.length - limit));
    await Promise.all(excess.map((old) => rm(path.join(folder, old), { force: true })));
  };

  const readEntry = async (name: string): Promise<HistoryEntry | undefined> => {
    try {
      const parsed = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as HistoryEntry;
      return parsed.version === HISTORY_VERSION ? parsed : undefined;
    } catch {
      return undefined;
    }
  };

  return {
    record(request, outcome, opKey) {
      const entry = buildEntry(request, outcome, maxBodyChars, opKey);
      const done = queue.then(() => write(entry)).catch((error: unknown) => {
        console.error(`Could not write a history entry to ${folder}: ${(error as Error).message}`);
      });
      queue = done;
      return done;
    },
    async list(query = '', max = limit) {
      await queue;
      const names = (await fileNames()).reverse();
      const entries = await Promise.all(names.map(readEntry));
      return entries
        .flatMap((entry) => (entry ? [summarize(entry)] : []))
        .filter((summary) => matchesQuery(summary, query))
        .slice(0, max);
    },
    async get(id) {
      await queue;
      const name = (await fileNames()).find((each) => each.endsWith(`-${id}.json`));
      const entry = name === undefined ? undefined : await readEntry(name);
      if (!entry) throw new UserFacingError('history-not-found', `No history entry ${id} in ${folder}; it may have been cleared or pruned. Refresh the history list.`);
      return entry;
    },
    async clear() {
      await queue;
      const names = await fileNames();
      await Promise.all(names.map((name) => rm(path.join(folder, name), { force: true })));
      known = [];
      return names.length;
    },
  };
}

function buildEntry(request: RequestDescription, outcome: { response: ResponseSnapshot } | { error: { code: string; message: string } }, maxBodyChars: number, opKey?: string): HistoryEntry {
  const base = { version: HISTORY_VERSION, id: randomUUID(), at: new Date().toISOString(), ...(opKey === undefined ? {} : { opKey }), request: redactRequest(request) } as const;
  if ('error' in outcome) return { ...base, error: { code: outcome.error.code, message: outcome.error.message }, bodyTruncated: false };
  // The validation and the temp file are of the moment; the verdict is worth keeping.
  const { validation, bodyFile, ...response } = outcome.response;
  const { body, cut } = capBody(response.body, maxBodyChars);
  return {
    ...base,
    // Cookies the server set are credentials too.
    response: { ...response, headers: response.headers.map((header) => (header.name.toLowerCase() === 'set-cookie' ? { name: header.name, value: REDACTED } : header)), body, ...(validation ? { conforms: validation.conforms } : {}) },
    bodyTruncated: cut || bodyFile !== undefined,
  };
}
