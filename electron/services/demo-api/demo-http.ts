import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies larger than this are refused with 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** An error that becomes an HTTP response with the demo's Error body `{ code, message, field? }`. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

/** Writes a JSON response; HEAD requests get the headers only (Node drops the body for them). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    // The data changes with every write, so nothing in between should answer from a cache.
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Writes an empty 204 response. */
export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204, { 'Cache-Control': 'no-store' });
  res.end();
}

/** Writes an HttpProblem as its Error body. */
export function sendProblem(res: ServerResponse, problem: HttpProblem): void {
  const body = problem.field === undefined || problem.field === ''
    ? { code: problem.code, message: problem.message }
    : { code: problem.code, message: problem.message, field: problem.field };
  sendJson(res, problem.status, body, problem.headers);
}

/**
 * Reads and parses a JSON request body, refusing (as HttpProblem) a missing body (422), a media type
 * not in `accepted` (415), more than BODY_LIMIT_BYTES (413), and text that is not UTF-8 JSON (400).
 */
export async function readJsonBody(
  req: IncomingMessage,
  accepted: readonly string[],
  acceptHeader: 'Accept' | 'Accept-Patch' = 'Accept',
): Promise<unknown> {
  const contentType = req.headers['content-type'];
  if (contentType === undefined && !hasBody(req)) throw missingBody(accepted);
  checkMediaType(contentType, accepted, acceptHeader);
  const bytes = await readLimited(req);
  if (bytes.length === 0) throw missingBody(accepted);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(400, 'malformed_json', 'The request body is not valid UTF-8 text.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new HttpProblem(400, 'malformed_json', `The request body is not valid JSON: ${detail}`);
  }
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function missingBody(accepted: readonly string[]): HttpProblem {
  return new HttpProblem(422, 'validation_failed', `The request body is empty. Send a JSON object with Content-Type: ${accepted.join(' or ')}.`);
}

function checkMediaType(contentType: string | undefined, accepted: readonly string[], acceptHeader: string): void {
  const [essence = '', ...params] = (contentType ?? '').split(';').map((part) => part.trim());
  const mediaType = essence.toLowerCase();
  const charset = params
    .map((param) => /^charset\s*=\s*"?([^"]*)"?$/i.exec(param)?.[1]?.toLowerCase())
    .find((value) => value !== undefined);
  const what = contentType === undefined ? 'A body without Content-Type' : `Content-Type ${contentType}`;
  if (!accepted.includes(mediaType)) {
    throw new HttpProblem(415, 'unsupported_media_type', `${what} is not accepted here. Send JSON with Content-Type: ${accepted.join(' or ')}.`, undefined, {
      // RFC 9110 section 15.5.16 and RFC 5789: Accept (Accept-Patch for PATCH) tells the client what would work.
      [acceptHeader]: accepted.join(', '),
    });
  }
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpProblem(415, 'unsupported_media_type', `${what} uses charset ${charset}; this API reads UTF-8 only.`);
  }
}

function readLimited(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > BODY_LIMIT_BYTES) {
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) {
        req.off('data', onData);
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tooLarge(): HttpProblem {
  const limit = `${BODY_LIMIT_BYTES / (1024 * 1024)} MB`;
  // Closing the connection spares us reading the rest of an upload we are going to refuse.
  return new HttpProblem(413, 'payload_too_large', `The request body is larger than the ${limit} limit of this demo API.`, undefined, {
    Connection: 'close',
  });
}
