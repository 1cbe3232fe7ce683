/** A local API whose OpenAPI document waits behind a gate that the test opens. */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * FastAPI behind a gate the test opens: every request passes through as it came (headers in their
 * raw order and number), except its document, which waits while the gate is shut, so what happens
 * before the document arrives can be seen and done without racing it.
 */
export interface SpecGate {
  readonly url: string;
  shut(): void;
  open(): void;
  /** From now on the document answers 503. */
  break(): void;
  stop(): Promise<void>;
}

/** Starts a gate in front of `target` (a base URL): its /openapi.json waits while the gate is shut. */
export async function startSpecGate(target: string): Promise<SpecGate> {
  const { hostname, port: targetPort } = new URL(target);
  let release: (() => void) | undefined;
  let opened: Promise<void> = Promise.resolve();
  let broken = false;
  const server: Server = createServer((incoming, outgoing) => {
    const pass = () => {
      // Raw pairs keep a repeated header repeated; with raw headers Node adds no Host of its own.
      const headers = incoming.rawHeaders.flatMap((value, index, all) => (index % 2 === 0 ? [value, value.toLowerCase() === 'host' ? `${hostname}:${targetPort}` : (all[index + 1] ?? '')] : []));
      const forward = request({ hostname, port: targetPort, method: incoming.method, path: incoming.url, headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      forward.on('error', () => outgoing.writeHead(502).end());
      incoming.pipe(forward);
    };
    if (incoming.url === '/openapi.json' && broken) outgoing.writeHead(503).end('down for maintenance');
    else if (incoming.url === '/openapi.json') void opened.then(pass);
    else pass();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/openapi.json`,
    shut: () => {
      opened = new Promise<void>((resolve) => (release = resolve));
    },
    open: () => release?.(),
    break: () => {
      broken = true;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
