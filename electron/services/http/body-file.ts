/** Reads back, in chunks, a body that went to a temp file, so the renderer can save it whole. */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { UserFacingError } from '../app-error';
import { bodyFileDir, isBodyId } from './body-file-folder';

/** The largest chunk one call returns; the renderer asks again for the rest. */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

export interface BodyFileChunk {
  readonly base64: string;
  readonly offset: number;
  readonly totalBytes: number;
  readonly eof: boolean;
}

/** Bytes [offset, offset+length) of the body file `id`; only ids read-body made are accepted, never paths. */
export async function readBodyFileChunk(id: string, offset: number, length: number): Promise<BodyFileChunk> {
  if (!isBodyId(id)) throw new UserFacingError('invalid-input', `"${id}" is not a response body id. Send the request again to get a fresh one.`);
  const path = join(bodyFileDir(), `${id}.body`);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new UserFacingError('body-file-gone', `The saved body ${id} is no longer in ${bodyFileDir()} (a body is deleted when its response leaves history, and when Roundtrip restarts). Send the request again.`);
  }
  try {
    const { size } = await handle.stat();
    const wanted = Math.max(0, Math.min(length, MAX_CHUNK_BYTES, size - offset));
    const buffer = Buffer.alloc(wanted);
    const { bytesRead } = await handle.read(buffer, 0, wanted, offset);
    return { base64: buffer.subarray(0, bytesRead).toString('base64'), offset, totalBytes: size, eof: offset + bytesRead >= size };
  } finally {
    await handle.close();
  }
}
