/**
 * Reads a response body with bounded memory: counts bytes on the wire, decodes
 * gzip/deflate/br itself (so a decompression bomb stops at the cap), keeps up to
 * the cap in memory and streams a larger plain body to a temp file.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createUnzip } from 'node:zlib';

export const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024;
/** A body on disk still has an end: past this the download stops. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;
/** How much of a body that went to disk the renderer gets to show. */
export const FILE_PREVIEW_BYTES = 1024 * 1024;
const PROGRESS_EVERY_MS = 100;

export interface BodyProgress {
  readonly receivedBytes: number;
  readonly totalBytes?: number;
}

export interface ReadBodyOptions {
  readonly contentEncoding?: string;
  readonly contentLength?: number;
  readonly maxBodyBytes: number;
  readonly signal: AbortSignal;
  readonly onProgress?: (progress: BodyProgress) => void;
}

export interface ReadBody {
  /** The whole body, or its first FILE_PREVIEW_BYTES when it went to `file`, or what came before a stop. */
  readonly bytes: Buffer;
  readonly decodedBytes: number;
  readonly transferredBytes: number;
  readonly file?: { readonly id: string; readonly path: string };
  /** Why the body is incomplete, for the person reading it. */
  readonly note?: string;
}

class BodyStop extends Error {}

/** Reads `raw` (not yet decoded) to the end, within the limits of `options`. */
export async function readBody(raw: Readable, options: ReadBodyOptions): Promise<ReadBody> {
  const encoding = (options.contentEncoding ?? '').trim().toLowerCase();
  const decoder = decoderFor(encoding);
  const compressed = decoder !== undefined;
  let transferred = 0;
  let lastProgress = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      transferred += chunk.length;
      const now = performance.now();
      if (options.onProgress && now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        options.onProgress({ receivedBytes: transferred, ...(options.contentLength === undefined ? {} : { totalBytes: options.contentLength }) });
      }
      done(null, chunk);
    },
  });

  let memory: Buffer[] = [];
  let preview = Buffer.alloc(0);
  let decoded = 0;
  let file: { id: string; path: string; stream: WriteStream } | undefined;
  let note: string | undefined;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      decoded += chunk.length;
      if (!file && decoded <= options.maxBodyBytes) {
        memory.push(chunk);
        return done();
      }
      if (compressed) {
        note = `Decoding stopped at ${options.maxBodyBytes} bytes: ${transferred} ${encoding} bytes on the wire expanded past the body limit (a possible decompression bomb). What is shown is the beginning.`;
        memory.push(chunk.subarray(0, Math.max(0, chunk.length - (decoded - options.maxBodyBytes))));
        decoded = options.maxBodyBytes;
        return done(new BodyStop(note));
      }
      if (decoded > MAX_FILE_BYTES) {
        note = `The body passed ${MAX_FILE_BYTES} bytes; the download stopped there.`;
        return done(new BodyStop(note));
      }
      if (!file) {
        file = openSpill();
        for (const held of memory) file.stream.write(held);
        // Only the preview stays in memory once the body lives on disk.
        preview = Buffer.from(Buffer.concat([...memory, chunk]).subarray(0, FILE_PREVIEW_BYTES));
        memory = [];
      }
      if (!file.stream.write(chunk)) file.stream.once('drain', () => done());
      else done();
    },
  });

  try {
    await pipeline([raw, counter, ...(decoder ? [decoder] : []), sink], { signal: options.signal });
  } catch (error) {
    if (!(error instanceof BodyStop)) {
      if (file) file.stream.destroy();
      throw error;
    }
    raw.destroy();
  }
  options.onProgress?.({ receivedBytes: transferred, ...(options.contentLength === undefined ? {} : { totalBytes: options.contentLength }) });
  if (file) {
    const spilled = file;
    await new Promise<void>((resolve, reject) => spilled.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return { bytes: preview, decodedBytes: decoded, transferredBytes: transferred, file: { id: spilled.id, path: spilled.path }, ...(note ? { note } : {}) };
  }
  return { bytes: Buffer.concat(memory), decodedBytes: decoded, transferredBytes: transferred, ...(note ? { note } : {}) };
}

/** The folder where large bodies wait until the user saves them. */
export function bodyFileDir(): string {
  return join(tmpdir(), 'roundtrip-bodies');
}

function openSpill(): { id: string; path: string; stream: WriteStream } {
  const id = randomUUID();
  mkdirSync(bodyFileDir(), { recursive: true, mode: 0o700 });
  const path = join(bodyFileDir(), `${id}.body`);
  const stream = createWriteStream(path, { flags: 'w', mode: 0o600 });
  return { id, path, stream };
}

function decoderFor(encoding: string): Transform | undefined {
  // Unzip reads both gzip and zlib-wrapped deflate, as servers send either for these names.
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') return createUnzip();
  if (encoding === 'br') return createBrotliDecompress();
  return undefined;
}
