/**
 * Two local servers for the client certificate and cookie tests. An https server of a private
 * CA that requires a client certificate issued by that CA and records who called (the
 * certificate's CN); and an http server whose /login sets a session cookie that /me then
 * requires, checked on the server, with a redirect that sets a cookie on its way.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { makePrivatePki, type PrivatePki } from './private-pki';
import { closeServer, listen } from './wire-target';

/** One request either server answered. */
export interface Seen {
  readonly path: string;
  readonly cookie?: string;
  /** The CN of the client certificate (the https server only). */
  readonly client?: string;
}

export interface TlsCookieTarget {
  readonly base: string;
  readonly tlsBase: string;
  readonly specUrl: string;
  readonly pki: PrivatePki;
  /** The session value /login handed out last. */
  readonly session: () => string | undefined;
  readonly seen: Seen[];
  /** How many TLS handshakes failed on the https server (a client without the certificate or the CA). */
  readonly failedHandshakes: () => number;
  stop(): Promise<void>;
}

function spec(base: string): unknown {
  const ok = { '200': { description: 'OK' }, '401': { description: 'No session' } };
  return {
    openapi: '3.0.3',
    info: { title: 'Session API', version: '1.0.0' },
    servers: [{ url: base }],
    paths: {
      '/login': { post: { summary: 'Sets the session cookie', responses: ok } },
      '/me': { get: { summary: 'Needs the session cookie', responses: ok } },
      '/login-and-go': { post: { summary: 'Sets the session cookie and redirects to /me', responses: { '303': { description: 'See /me' } } } },
    },
  };
}

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

/** Starts both servers on 127.0.0.1 with a fresh private PKI. */
export async function startTlsCookieTarget(): Promise<TlsCookieTarget> {
  const pki = makePrivatePki();
  const seen: Seen[] = [];
  let session: string | undefined;
  let base = '';
  const cookieOf = (req: IncomingMessage): Record<string, string> => Object.fromEntries((req.headers.cookie ?? '').split(';').map((pair) => pair.trim().split('=') as [string, string]).filter(([name]) => name !== ''));
  const plain = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    seen.push({ path, ...(req.headers.cookie === undefined ? {} : { cookie: req.headers.cookie }) });
    const login = (): string => {
      session = randomUUID();
      return `session=${session}; Path=/; HttpOnly; SameSite=Lax`;
    };
    if (path === '/openapi.json') return json(res, 200, spec(base));
    if (path === '/login') return json(res, 200, { loggedIn: true }, { 'Set-Cookie': [login(), 'theme=dark; Path=/'] });
    if (path === '/login-and-go') {
      res.writeHead(303, { Location: '/me', 'Set-Cookie': login() });
      return res.end();
    }
    if (path === '/me') {
      const given = cookieOf(req)['session'];
      return given !== undefined && given === session ? json(res, 200, { user: 'ada', echoed: given }) : json(res, 401, { detail: given === undefined ? 'no session cookie' : 'unknown session' });
    }
    return json(res, 404, { detail: 'not found' });
  });
  const tls = createTlsServer({ key: readFileSync(pki.serverKey), cert: readFileSync(pki.serverCert), ca: readFileSync(pki.caCert), requestCert: true, rejectUnauthorized: true }, (req, res) => {
    const client = (req.socket as TLSSocket).getPeerCertificate().subject?.CN;
    seen.push({ path: req.url ?? '/', ...(typeof client === 'string' ? { client } : {}) });
    json(res, 200, { client });
  });
  let failedHandshakes = 0;
  tls.on('tlsClientError', () => {
    failedHandshakes += 1;
  });
  base = `http://127.0.0.1:${await listen(plain)}`;
  const tlsBase = `https://127.0.0.1:${await listen(tls)}`;
  return { base, tlsBase, specUrl: `${base}/openapi.json`, pki, session: () => session, seen, failedHandshakes: () => failedHandshakes, stop: async () => void (await Promise.all([closeServer(plain), closeServer(tls)])) };
}
