/**
 * Reads a response body with bounded memory: counts bytes on the wire, decodes
 * gzip/deflate/br itself (so a decompression bomb stops at the cap), keeps up to
 * the cap in memory and streams a larger plain body to a temp file.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { formatSeconds } from '../../../shared/request/network-error-message';
import { bodyFileDir } from './body-file-folder';
import { DeadlineError, type Stopper } from './in-flight';
import { createBrotliDecompress, createUnzip, type BrotliDecompress, type Unzip } from 'node:zlib';

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
  /** Stops the read on cancel or deadline, with the reason as the error. */
  readonly stopper: Stopper;
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

/** Reads `raw` (not yet decoded) to the end, within the limits of `options`. */
export function readBody(raw: Readable, options: ReadBodyOptions): Promise<ReadBody> {
  const encoding = (options.contentEncoding ?? '').trim().toLowerCase();
  const decoder = decoderFor(encoding);
  const total = options.contentLength === undefined ? {} : { totalBytes: options.contentLength };
  // Plain events rather than stream.pipeline: a small JSON answer is the common case, and pipeline's setup costs more than the read.
  return new Promise<ReadBody>((resolve, reject) => {
    let transferred = 0;
    let lastProgress = 0;
    let decoded = 0;
    let memory: Buffer[] = [];
    let preview = Buffer.alloc(0);
    let file: { id: string; path: string; stream: WriteStream } | undefined;
    let settled = false;
    const source: Readable = decoder ?? raw;

    const cleanup = () => {
      settled = true;
      options.stopper.onStop(undefined);
    };
    const fail = (error: unknown) => {
      if (settled) return;
      cleanup();
      raw.destroy();
      decoder?.destroy();
      const failure = error instanceof Error ? error : new Error(String(error));
      // A body that failed is never returned, so its temp file would be an orphan: it goes first.
      if (file) void discardSpill(file).then(() => reject(failure));
      else reject(failure);
    };
    const finish = (note?: string) => {
      if (settled) return;
      cleanup();
      options.onProgress?.({ receivedBytes: transferred, ...total });
      const noted = note === undefined ? {} : { note };
      if (!file) return resolve({ bytes: Buffer.concat(memory), decodedBytes: decoded, transferredBytes: transferred, ...noted });
      const spilled = file;
      spilled.stream.end((error?: Error | null) => {
        if (error) reject(error);
        else resolve({ bytes: preview, decodedBytes: decoded, transferredBytes: transferred, file: { id: spilled.id, path: spilled.path }, ...noted });
      });
    };
    // Stops reading but keeps what came: the body is shown cut, with `note` saying why.
    const stop = (note: string) => {
      raw.destroy();
      decoder?.destroy();
      finish(note);
    };

    // The deadline keeps what arrived, with a note; a cancel drops it.
    options.stopper.onStop((reason) => (reason instanceof DeadlineError ? stop(deadlineNote(reason, transferred, options.contentLength)) : fail(reason)));
    if (settled) return;

    const onDecoded = (chunk: Buffer): void => {
      if (settled) return;
      decoded += chunk.length;
      if (!file && decoded <= options.maxBodyBytes) {
        memory.push(chunk);
        return;
      }
      if (decoder) {
        memory.push(chunk.subarray(0, Math.max(0, chunk.length - (decoded - options.maxBodyBytes))));
        decoded = options.maxBodyBytes;
        return stop(`Decoding stopped at ${options.maxBodyBytes} bytes: ${transferred} ${encoding} bytes on the wire expanded past the body limit (a possible decompression bomb). What is shown is the beginning.`);
      }
      if (decoded > MAX_FILE_BYTES) return stop(`The body passed ${MAX_FILE_BYTES} bytes; the download stopped there.`);
      if (!file) {
        file = openSpill();
        file.stream.on('error', fail);
        for (const held of memory) file.stream.write(held);
        // Only the preview stays in memory once the body lives on disk.
        preview = Buffer.from(Buffer.concat([...memory, chunk]).subarray(0, FILE_PREVIEW_BYTES));
        memory = [];
      }
      if (!file.stream.write(chunk)) {
        raw.pause();
        file.stream.once('drain', () => raw.resume());
      }
    };
    // One listener on the wire: it counts, then decodes or (plain body) keeps the chunk itself.
    raw.on('data', (chunk: Buffer) => {
      transferred += chunk.length;
      if (options.onProgress) {
        const now = performance.now();
        if (now - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = now;
          options.onProgress({ receivedBytes: transferred, ...total });
        }
      }
      if (!decoder) return onDecoded(chunk);
      if (!decoder.write(chunk)) {
        raw.pause();
        decoder.once('drain', () => raw.resume());
      }
    });
    if (decoder) {
      raw.on('end', () => decoder.end());
      decoder.on('data', onDecoded);
    }
    source.on('end', () => finish());
    raw.on('error', fail);
    decoder?.on('error', fail);
    // A socket closed before the end, without an error event of its own, is a cut body.
    raw.on('close', () => {
      if (!settled && !raw.readableEnded) fail(Object.assign(new Error('the connection closed before the body ended'), { code: 'ECONNRESET' }));
    });
  });
}

function deadlineNote(reason: DeadlineError, received: number, expected: number | undefined): string {
  const of = expected === undefined ? `${received} bytes came` : `${received} of ${expected} bytes came`;
  return `The deadline of ${formatSeconds(reason.timeoutMs)} passed while the body was arriving: ${of}, and what is shown is what arrived. Raise the timeout to get it whole.`;
}

function discardSpill(file: { readonly path: string; readonly stream: WriteStream }): Promise<void> {
  const remove = () => unlink(file.path).catch(() => undefined);
  if (file.stream.closed) return remove();
  return new Promise<void>((resolve) => {
    file.stream.once('close', () => void remove().then(resolve));
    file.stream.destroy();
  });
}

function openSpill(): { id: string; path: string; stream: WriteStream } {
  const id = randomUUID();
  mkdirSync(bodyFileDir(), { recursive: true, mode: 0o700 });
  const path = join(bodyFileDir(), `${id}.body`);
  const stream = createWriteStream(path, { flags: 'w', mode: 0o600 });
  return { id, path, stream };
}

function decoderFor(encoding: string): Unzip | BrotliDecompress | undefined {
  // Unzip reads both gzip and zlib-wrapped deflate, as servers send either for these names.
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') return createUnzip();
  if (encoding === 'br') return createBrotliDecompress();
  return undefined;
}
