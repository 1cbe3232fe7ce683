/** The browser host's event stream: GET /events as Server-Sent Events. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventHub } from '../services/event-hub';

const KEEPALIVE_MS = 25_000;

/** Streams every hub event to this response until the client goes away. */
export function streamEvents(request: IncomingMessage, response: ServerResponse, hub: EventHub): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  const write = (data: string): void => {
    response.write(data);
  };
  write(`data: ${JSON.stringify({ name: 'app:ready', payload: { at: Date.now() } })}\n\n`);
  const disconnect = hub.connect((event) => write(`data: ${JSON.stringify(event)}\n\n`));
  // Comments keep proxies and idle timers from closing a quiet stream.
  const keepalive = setInterval(() => write(': keepalive\n\n'), KEEPALIVE_MS);
  request.on('close', () => {
    clearInterval(keepalive);
    disconnect();
  });
}
