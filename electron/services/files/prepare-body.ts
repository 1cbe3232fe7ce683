/** A request body as bytes on the wire: text as typed, one staged file, or multipart parts with a boundary. */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { RequestBody } from '../../../shared/request/request-model';
import type { UploadStore } from './upload-store';

export interface PreparedBody {
  readonly data: string | Buffer;
  /** Replaces the request's Content-Type: multipart needs the boundary chosen here. */
  readonly contentType?: string;
}

// Quotes and line breaks would end the header early; RFC 7578 percent-encodes them.
function quoted(text: string): string {
  return text.replace(/["\r\n%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The bytes to send for `body`; staged files are read here, in the main process. */
export async function prepareBody(body: RequestBody | undefined, uploads: UploadStore): Promise<PreparedBody | undefined> {
  if (body === undefined) return undefined;
  if (body.fileId !== undefined) return { data: await readFile((await uploads.file(body.fileId)).path) };
  if (body.parts === undefined) return { data: body.text };
  const boundary = `----RoundtripBoundary${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of body.parts) {
    const file = part.fileId === undefined ? undefined : await uploads.file(part.fileId);
    const filename = file === undefined ? '' : `; filename="${quoted(part.filename ?? file.name)}"`;
    const type = part.mediaType ?? file?.mediaType ?? (file !== undefined ? 'application/octet-stream' : undefined);
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"${filename}\r\n${type !== undefined ? `Content-Type: ${type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), file === undefined ? Buffer.from(part.value ?? '', 'utf8') : await readFile(file.path), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { data: Buffer.concat(chunks), contentType: `${body.mediaType.split(';')[0]?.trim() ?? 'multipart/form-data'}; boundary=${boundary}` };
}
