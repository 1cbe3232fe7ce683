/**
 * The redirect target of a native app's login (RFC 8252 7.3): an HTTP listener on 127.0.0.1 at a
 * port the system picks, for one answer at /callback. The browser tab that lands there is told
 * whether it worked and that it can be closed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../../../shared/text/escape-html';

export interface LoopbackRedirect {
  /** http://127.0.0.1:<port>/callback */
  readonly redirectUri: string;
  /** The query of the first request to /callback. */
  readonly received: Promise<URLSearchParams>;
  /** Stops listening (idempotent). */
  readonly close: () => void;
}

/** What the tab shows once the callback has been read: whether the login went through. */
export type CallbackPage = (query: URLSearchParams) => { readonly ok: boolean; readonly message: string };

/** Listens on an ephemeral loopback port until one callback arrives or `close` is called. */
export async function startLoopbackRedirect(page: CallbackPage): Promise<LoopbackRedirect> {
  let deliver: (query: URLSearchParams) => void = () => undefined;
  const received = new Promise<URLSearchParams>((resolve) => (deliver = resolve));
  let answered = false;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/callback') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found. Roundtrip only listens here for a login callback at /callback.');
      return;
    }
    if (answered) {
      res.writeHead(410, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This login has already been answered. Start a new login in Roundtrip.');
      return;
    }
    answered = true;
    const shown = page(url.searchParams);
    res.writeHead(shown.ok ? 200 : 400, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" });
    res.end(callbackHtml(shown.ok, shown.message), () => close());
    deliver(url.searchParams);
  });
  const close = (): void => {
    server.close();
    server.closeAllConnections();
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { redirectUri: `http://127.0.0.1:${port}/callback`, received, close };
}

function callbackHtml(ok: boolean, message: string): string {
  const title = ok ? 'Logged in to Roundtrip' : 'Roundtrip login failed';
  return `<!doctype html><meta charset="utf-8"><title>${title}</title><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;line-height:1.5"><h1>${title}</h1><p id="message">${escapeHtml(message)}</p><p>You can close this window and go back to Roundtrip.</p></body>`;
}
