import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpProblem, sendJson, sendProblem } from './demo-http';
import type { DemoContext } from './demo-item-handlers';
import { createItem, deleteItem, getItem, listItems, replaceItem, updateItem } from './demo-item-handlers';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;
type MethodTable = Partial<Record<string, Handler>>;

/** Builds the request listener of the demo API: routing, HEAD-as-GET, 404/405, and errors turned into JSON. */
export function createDemoHandler(ctx: DemoContext, spec: object): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(ctx, spec, req, res).catch((error: unknown) => fail(res, error));
  };
}

async function route(ctx: DemoContext, spec: object, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = requestUrl(req);
  const table = routesFor(ctx, spec, url.pathname);
  if (table === undefined) {
    throw new HttpProblem(
      404,
      'not_found',
      `No route ${req.method ?? 'GET'} ${url.pathname}. This demo serves /items, /items/{itemId}, /health and /openapi.json.`,
    );
  }
  // Node leaves the body out of HEAD responses by itself, so HEAD can reuse the GET handler.
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const handler = table[method];
  if (handler === undefined) {
    const allowed = Object.keys(table);
    if (allowed.includes('GET')) allowed.push('HEAD');
    throw new HttpProblem(405, 'method_not_allowed', `${method} is not supported on ${url.pathname}. Use ${allowed.join(', ')}.`, undefined, {
      Allow: allowed.join(', '),
    });
  }
  await handler(req, res, url);
}

function routesFor(ctx: DemoContext, spec: object, pathname: string): MethodTable | undefined {
  if (pathname === '/openapi.json') return { GET: (_req, res) => sendJson(res, 200, spec) };
  if (pathname === '/health') return { GET: (_req, res) => sendJson(res, 200, { status: 'ok' }) };
  if (pathname === '/items') {
    return {
      GET: (_req, res, url) => listItems(ctx, res, url.searchParams),
      POST: (req, res) => createItem(ctx, req, res),
    };
  }
  const match = /^\/items\/([^/]+)$/.exec(pathname);
  const id = match?.[1] === undefined ? undefined : decodeSegment(match[1]);
  if (id === undefined) return undefined;
  return {
    GET: (_req, res) => getItem(ctx, res, id),
    PUT: (req, res) => replaceItem(ctx, req, res, id),
    PATCH: (req, res) => updateItem(ctx, req, res, id),
    DELETE: (_req, res) => deleteItem(ctx, res, id),
  };
}

function requestUrl(req: IncomingMessage): URL {
  const target = req.url ?? '/';
  try {
    // Prefixing keeps a target like "//x" a path instead of letting URL read it as a host.
    return target.startsWith('/') ? new URL(`http://demo${target}`) : new URL(target);
  } catch {
    throw new HttpProblem(400, 'bad_request', `The request target ${target} is not a valid URL path.`);
  }
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function fail(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpProblem) {
    sendProblem(res, error);
    return;
  }
  const detail = error instanceof Error ? error.message : String(error);
  sendProblem(res, new HttpProblem(500, 'internal_error', `The demo API failed while handling the request: ${detail}`));
}
