/**
 * A request body as bytes on the wire: text as typed, or a stream over staged files (one file, or
 * multipart parts with a boundary). Files are streamed from disk, so not even the main process holds
 * a large upload whole; the stream can be opened again for a redirect that keeps the body.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { RequestBody } from '../../../shared/request/request-model';
import type { UploadStore } from './upload-store';
import { isRecord } from '../../../shared/values/is-record';

/** A body read from disk when sent: its exact length, and a way to read it from the start. */
export interface StreamBody {
  readonly kind: 'stream';
  readonly length: number;
  readonly open: () => Readable;
}

export interface PreparedBody {
  readonly data: string | StreamBody;
  /** Replaces the request's Content-Type: multipart needs the boundary chosen here. */
  readonly contentType?: string;
}

/** True for a body streamed from staged files. */
export function isStreamBody(body: unknown): body is StreamBody {
  return isRecord(body) && body['kind'] === 'stream';
}

// Quotes and line breaks would end the header early; RFC 7578 percent-encodes them.
function quoted(text: string): string {
  return text.replace(/["\r\n%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

type Segment = Buffer | { readonly path: string; readonly bytes: number };

function streamOf(segments: readonly Segment[]): StreamBody {
  const length = segments.reduce((sum, s) => sum + (Buffer.isBuffer(s) ? s.length : s.bytes), 0);
  async function* chunks(): AsyncGenerator<Buffer> {
    for (const segment of segments) {
      if (Buffer.isBuffer(segment)) yield segment;
      else yield* fileChunks(segment);
    }
  }
  return { kind: 'stream', length, open: () => Readable.from(chunks()) };
}

// Exactly the bytes stated in Content-Length: a file that grew is cut there, one that shrank fails the send
// (the socket is closed short of the length, so the server never takes the body as complete).
async function* fileChunks(segment: { readonly path: string; readonly bytes: number }): AsyncGenerator<Buffer> {
  if (segment.bytes === 0) return;
  let read = 0;
  for await (const chunk of createReadStream(segment.path, { start: 0, end: segment.bytes - 1 })) {
    read += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
  if (read < segment.bytes) throw new Error(`${segment.path} got shorter while it was being sent (${read} of ${segment.bytes} bytes); the request was cut off. Send it again once the file stays put.`);
}

/** The bytes to send for `body`; staged files are checked here and read while sending. */
export async function prepareBody(body: RequestBody | undefined, uploads: UploadStore): Promise<PreparedBody | undefined> {
  if (body === undefined) return undefined;
  if (body.fileId !== undefined) {
    const file = await uploads.file(body.fileId);
    return { data: streamOf([{ path: file.path, bytes: file.bytes }]) };
  }
  if (body.parts === undefined) return { data: body.text };
  const boundary = `----RoundtripBoundary${randomBytes(12).toString('hex')}`;
  const segments: Segment[] = [];
  for (const part of body.parts) {
    const file = part.fileId === undefined ? undefined : await uploads.file(part.fileId);
    // A part with a file name and no staged file carries its content inline (verify's generated uploads).
    const name = file === undefined ? part.filename : (part.filename ?? file.name);
    const filename = name === undefined ? '' : `; filename="${quoted(name)}"`;
    const type = part.mediaType ?? file?.mediaType ?? (name !== undefined ? 'application/octet-stream' : undefined);
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"${filename}\r\n${type !== undefined ? `Content-Type: ${type}\r\n` : ''}\r\n`;
    segments.push(Buffer.from(head, 'utf8'), file === undefined ? Buffer.from(part.value ?? '', 'utf8') : { path: file.path, bytes: file.bytes }, Buffer.from('\r\n'));
  }
  segments.push(Buffer.from(`--${boundary}--\r\n`));
  return { data: streamOf(segments), contentType: `${body.mediaType.split(';')[0]?.trim() ?? 'multipart/form-data'}; boundary=${boundary}` };
}
