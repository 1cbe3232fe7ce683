/** Serves the built renderer's files, never anything outside its folder. */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { mediaTypeByName } from '../../shared/files/media-type-by-name';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

// Text the page reads is UTF-8: said, so the browser never guesses.
function contentTypeOf(filePath: string): string {
  const type = mediaTypeByName(filePath);
  return type.startsWith('text/') || type === 'application/json' ? `${type}; charset=utf-8` : type;
}

/** Writes the file for `urlPath` (already %-decoded) from `root`, or a 404. */
export async function serveStatic(root: string, urlPath: string, response: ServerResponse): Promise<void> {
  const relative = urlPath === '/' ? 'index.html' : urlPath.replace(/^\/+/, '');
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    response.writeHead(404).end();
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(filePath);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const extension = path.extname(filePath).toLowerCase();
  response.writeHead(200, {
    'Content-Type': contentTypeOf(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': extension === '.html' ? 'no-store' : 'no-cache',
  });
  response.end(body);
}
