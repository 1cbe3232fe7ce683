/**
 * Files the person picked for a request body, staged on disk in the main process chunk by chunk,
 * so the renderer reads a file one slice at a time and never holds it whole (in the browser host a
 * file input gives content, not a path, so the same path serves both hosts).
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { appendFile, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserFacingError } from '../app-error';

/** Large enough for real uploads, small enough that a runaway picker cannot fill the disk. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

export interface StageInput {
  /** Absent for the first chunk: the store names the upload. */
  readonly uploadId?: string;
  readonly name: string;
  readonly mediaType?: string;
  /** Where this chunk starts; must be the bytes staged so far. */
  readonly offset: number;
  readonly chunkBase64: string;
}

export interface StagedFile {
  readonly fileId: string;
  readonly name: string;
  readonly mediaType?: string;
  readonly bytes: number;
  readonly path: string;
  /** A file a collection run sends from where it is (never copied, never removed by the store). */
  readonly adopted?: boolean;
}

/** Staged uploads of this process, in one temp folder removed by `clear()`. */
export class UploadStore {
  private readonly files = new Map<string, StagedFile>();
  private readonly dir: string;

  constructor(dir = join(tmpdir(), `roundtrip-uploads-${process.pid}`)) {
    this.dir = dir;
  }

  /** Removes the staged files when the process exits (synchronously: nothing async runs then). */
  removeOnExit(): void {
    process.once('exit', () => rmSync(this.dir, { recursive: true, force: true }));
  }

  /** Appends one chunk (the first creates the upload); answers the file as staged so far. */
  async stage(input: StageInput): Promise<{ fileId: string; bytes: number }> {
    const chunk = Buffer.from(input.chunkBase64, 'base64');
    const known = input.uploadId === undefined ? undefined : this.files.get(input.uploadId);
    if (input.uploadId !== undefined && known === undefined) {
      throw new UserFacingError('upload-unknown', `The upload "${input.uploadId}" is not staged (Roundtrip may have restarted). Pick the file again.`);
    }
    const bytesSoFar = known?.bytes ?? 0;
    if (input.offset !== bytesSoFar) {
      throw new UserFacingError('upload-out-of-order', `A chunk of "${input.name}" arrived at byte ${input.offset}, but ${bytesSoFar} bytes are staged. Pick the file again.`);
    }
    if (bytesSoFar + chunk.length > MAX_UPLOAD_BYTES) {
      throw new UserFacingError('upload-too-large', `"${input.name}" is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GB, the most Roundtrip sends as one body. Pick a smaller file.`);
    }
    if (known === undefined) {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      const fileId = randomUUID();
      const path = join(this.dir, fileId);
      await writeFile(path, chunk, { mode: 0o600 });
      const file: StagedFile = { fileId, name: input.name, bytes: chunk.length, path, ...(input.mediaType ? { mediaType: input.mediaType } : {}) };
      this.files.set(fileId, file);
      return { fileId, bytes: file.bytes };
    }
    await appendFile(known.path, chunk);
    const file = { ...known, bytes: bytesSoFar + chunk.length };
    this.files.set(file.fileId, file);
    return { fileId: file.fileId, bytes: file.bytes };
  }

  /** Sends the file at `path` as it is (checked by the caller: a regular file of `bytes`); `release` forgets it. */
  adopt(file: { readonly path: string; readonly name: string; readonly mediaType: string; readonly bytes: number }): string {
    const fileId = randomUUID();
    this.files.set(fileId, { fileId, ...file, adopted: true });
    return fileId;
  }

  /** Forgets an adopted file once its request is sent (the file itself is left alone). */
  release(fileId: string): void {
    if (this.files.get(fileId)?.adopted === true) this.files.delete(fileId);
  }

  /** The staged file, checked to still be on disk at its staged size. */
  async file(fileId: string): Promise<StagedFile> {
    const file = this.files.get(fileId);
    const size = file === undefined ? undefined : await stat(file.path).then((s) => s.size, () => undefined);
    if (file?.adopted === true && size !== file.bytes) {
      throw new UserFacingError('file-unreadable', `${file.path} ${size === undefined ? 'went away' : `changed size (${file.bytes} bytes when read, ${size} now)`} before it was sent, so nothing was sent. Run again once it stays put.`);
    }
    if (file === undefined || size !== file.bytes) {
      throw new UserFacingError('upload-unknown', `The file picked for this body is no longer staged (Roundtrip may have restarted). Pick the file again, then send.`);
    }
    return file;
  }

  /** Removes every staged file. */
  async clear(): Promise<void> {
    this.files.clear();
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** The uploads of this process: staged by files:stage, read when a request is sent. */
export const processUploads = new UploadStore();
processUploads.removeOnExit();
