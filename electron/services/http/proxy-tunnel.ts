/**
 * An https agent that reaches its server through an HTTP proxy's CONNECT tunnel, then does
 * TLS end to end: the proxy sees only the host and port, never the request.
 */
import http from 'node:http';
import https, { type AgentOptions, type RequestOptions } from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

/** The tunnel's CONNECT request headers: the target, and Basic credentials when the proxy URL has them. */
function connectHeaders(proxy: URL, authority: string): Record<string, string> {
  const headers: Record<string, string> = { Host: authority };
  if (proxy.username !== '') {
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    headers['Proxy-Authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
  }
  return headers;
}

/** An https.Agent whose sockets are CONNECT tunnels through `proxy` (kept alive like any other). */
export class TunnelAgent extends https.Agent {
  // TypeScript private, not #private: the security gate (electronegativity) cannot parse the main bundle with #fields.
  private readonly proxy: URL;

  constructor(proxy: URL, options: AgentOptions) {
    super(options);
    this.proxy = proxy;
  }

  // Node's agent waits for the callback when this returns nothing: the tunnel opens asynchronously.
  override createConnection(options: RequestOptions, callback?: (error: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    const done = callback ?? (() => undefined);
    // Node's oncreate ignores the stream when there is an error.
    const fail = (error: Error): void => (callback as ((error: Error) => void) | undefined)?.(error);
    const host = options.hostname ?? options.host ?? 'localhost';
    const port = Number(options.port ?? 443);
    const authority = `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
    const proxy = this.proxy;
    const connect = (proxy.protocol === 'https:' ? https : http).request({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)),
      method: 'CONNECT',
      path: authority,
      headers: connectHeaders(proxy, authority),
      agent: false,
    });
    connect.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        fail(new ProxyRefusedError(`The proxy ${proxy.host} refused to open a tunnel to ${authority} (${response.statusCode} ${response.statusMessage ?? ''}). Check HTTPS_PROXY and its credentials, or list the host in NO_PROXY.`));
        return;
      }
      const secure = tls.connect({ ...(options as tls.ConnectionOptions), socket, ...(isIP(host) === 0 ? { servername: options.servername ?? host } : {}) });
      done(null, secure);
    });
    connect.once('error', fail);
    connect.end();
    return undefined;
  }
}

/** The proxy answered the CONNECT with something other than 200. */
export class ProxyRefusedError extends Error {
  readonly code = 'EPROXYREFUSED';
}
