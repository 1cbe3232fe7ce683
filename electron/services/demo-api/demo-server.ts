import { createServer } from 'node:http';
import { createDemoHandler } from './demo-router';
import { demoSpec } from './demo-spec';
import { DemoStore } from './demo-store';
import { IdempotencyKeys } from './idempotency-keys';

/** A running demo API. */
export interface DemoServer {
  /** e.g. http://127.0.0.1:53123 (no trailing slash). */
  baseUrl: string;
  /** Where its OpenAPI document is served: `${baseUrl}/openapi.json`. */
  specUrl: string;
  /** Stops listening and drops open connections; resolves once the server is closed. */
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
}

/** Starts the built-in demo API on 127.0.0.1 with fresh in-memory data. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const port = options.port ?? 0;
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(new Error(`Could not start the demo API on 127.0.0.1:${port} (${error.code ?? error.message}). Choose another port, or leave it out to get a free one.`, { cause: error }));
    };
    server.once('error', onError);
    // Loopback only: the demo is for this computer, never for the network.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The demo API is not listening on a TCP port.');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  // The handler needs the port for the spec's server URL and Location headers, so it is attached
  // after listen; no request can arrive before this synchronous continuation has run.
  server.on('request', createDemoHandler({ store: new DemoStore(), keys: new IdempotencyKeys(), baseUrl }, demoSpec(baseUrl)));

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error === undefined ? resolve() : reject(error)));
      // Idle keep-alive sockets (fetch and axios keep them) would otherwise hold close() for seconds.
      server.closeAllConnections();
    });
    return closing;
  };
  return { baseUrl, specUrl: `${baseUrl}/openapi.json`, close };
}
