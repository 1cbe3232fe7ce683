/**
 * The browser host: serves the built renderer and the contract's channels as
 * POST /rpc/<channel> on 127.0.0.1, guarded by a per-start token.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isChannel } from '../../shared/ipc/channels';
import { answersWithJsonText } from '../../shared/ipc/contract';
import type { ErrorCode } from '../../shared/ipc/result';
import type { Dispatch } from '../services/dispatch';
import type { EventHub } from '../services/event-hub';
import { streamEvents } from './event-stream';
import { checkHost, checkRpc, type GuardContext } from './request-guard';
import { serveStatic } from './static-files';

// A pasted GitHub-sized document plus JSON escaping fits; anything larger is refused early.
const MAX_RPC_BODY_BYTES = 80 * 1024 * 1024;

export interface HostOptions {
  readonly rendererDir: string;
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  /** 0 picks a free port. */
  readonly port?: number;
}

export interface RunningHost {
  readonly port: number;
  readonly token: string;
  /** The address to open, token included. */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the host on 127.0.0.1 and resolves once it listens. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  const context: { port: number; token: string } = { port: 0, token };
  const server = createServer((request, response) => {
    handle(request, response, context, rendererDir, options).catch((error: unknown) => {
      const message = `The host could not answer ${request.method ?? 'GET'} ${(request.url ?? '/').slice(0, 200)} (${error instanceof Error ? error.message : String(error)}). Reload the page; if it happens again, restart \`npm run web\`.`;
      if (response.headersSent) response.end();
      else refuseJson(response, 500, 'internal', message);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  context.port = (server.address() as AddressInfo).port;
  return {
    port: context.port,
    token,
    url: `http://127.0.0.1:${context.port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, context: GuardContext, rendererDir: string, options: HostOptions): Promise<void> {
  const hostVerdict = checkHost(request.headers.host, context);
  if (!hostVerdict.allowed) return refuse(response, hostVerdict.status, hostVerdict.reason);
  const url = URL.canParse(request.url ?? '/', 'http://127.0.0.1') ? new URL(request.url ?? '/', 'http://127.0.0.1') : undefined;
  const urlPath = url === undefined ? undefined : decodedPath(url.pathname);
  if (url === undefined || urlPath === undefined) {
    return refuseJson(response, 400, 'bad-url', `${(request.url ?? '').slice(0, 200)} is not a valid address (a % not followed by two hex digits, or a malformed URL). Open the address that \`npm run web\` printed.`);
  }
  if (urlPath.startsWith('/rpc/')) return handleRpc(request, response, context, urlPath.slice('/rpc/'.length), options.dispatch);
  if (urlPath === '/events') {
    // EventSource cannot send headers, so this one stream takes its token from the query.
    const verdict = checkRpc(request.headers.origin, url.searchParams.get('token') ?? undefined, context);
    if (!verdict.allowed) return refuse(response, verdict.status, verdict.reason);
    return streamEvents(request, response, options.events);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Only GET is served here.');
  return serveStatic(rendererDir, urlPath, response);
}

async function handleRpc(request: IncomingMessage, response: ServerResponse, context: GuardContext, channel: string, dispatch: Dispatch): Promise<void> {
  if (request.method !== 'POST') return refuse(response, 405, 'Channels are called with POST.');
  const tokenHeader = request.headers['x-roundtrip-token'];
  const verdict = checkRpc(request.headers.origin, Array.isArray(tokenHeader) ? tokenHeader[0] : tokenHeader, context);
  if (!verdict.allowed) return refuse(response, verdict.status, verdict.reason);
  // Requiring JSON forces a CORS preflight for any cross-site caller, which we never approve.
  if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    return refuse(response, 415, 'Channels take application/json.');
  }
  const body = await readBody(request, MAX_RPC_BODY_BYTES);
  if (body === undefined) return refuse(response, 413, 'The request is too large.');
  let input: unknown;
  try {
    input = body.length === 0 ? {} : (JSON.parse(body) as unknown);
  } catch {
    return refuse(response, 400, 'The request body is not JSON.');
  }
  const result = await dispatch(channel, input);
  // A channel declared to answer with JSON text (a loaded document's model) has it written as is, not stringified again.
  const json = result.ok && typeof result.value === 'string' && isChannel(channel) && answersWithJsonText(channel) ? `{"ok":true,"value":${result.value}}` : JSON.stringify(result);
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(json);
}

function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The path with its %-escapes decoded, or undefined when they are malformed (`/%`). */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** A refusal in the channels' own result shape, so a client reads it like any failed call. */
function refuseJson(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(JSON.stringify({ ok: false, error: { code, message } }));
}

function refuse(response: ServerResponse, status: number, reason: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(reason);
}
