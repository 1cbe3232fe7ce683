/**
 * An axios `transport` that is Node's http/https with a stopwatch on the socket:
 * DNS lookup, TCP connect, TLS handshake and time to first byte, from socket events.
 */
import http, { type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';

/** Marks in ms since the hop started; undefined when the phase did not happen. */
export interface SocketMarks {
  start: number;
  lookup?: number;
  connect?: number;
  secure?: number;
  firstByte?: number;
  reused: boolean;
}

export interface TimingTransport {
  readonly request: (options: RequestOptions, callback: (response: IncomingMessage) => void) => ClientRequest;
  readonly marks: SocketMarks;
}

/**
 * A transport for one hop that records its socket's phases in `marks`; `onRequest` gets the
 * request as soon as it exists (the send's stopper destroys it on cancel or deadline). A class
 * rather than an object literal: axios deep-copies a plain-object transport into every request's
 * config, which showed in the runner's profile; an instance is passed through as it is.
 */
class HopTimingTransport implements TimingTransport {
  readonly marks: SocketMarks = { start: performance.now(), reused: false };

  constructor(
    private readonly secure: boolean,
    private readonly onRequest: ((request: ClientRequest) => void) | undefined,
  ) {}

  readonly request = (options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest => {
    const marks = this.marks;
    const at = (): number => performance.now() - marks.start;
    marks.start = performance.now();
    const request = (this.secure ? https : http).request(options, (response) => {
      marks.firstByte ??= at();
      callback(response);
    });
    request.once('socket', (socket: Socket) => {
      // A kept-alive socket arrives connected: nothing to time but the exchange.
      if (!socket.connecting) {
        marks.reused = true;
        return;
      }
      socket.once('lookup', () => (marks.lookup = at()));
      socket.once('connect', () => (marks.connect = at()));
      socket.once('secureConnect', () => (marks.secure = at()));
    });
    this.onRequest?.(request);
    return request;
  };
}

export function timingTransport(secure: boolean, onRequest?: (request: ClientRequest) => void): TimingTransport {
  return new HopTimingTransport(secure, onRequest);
}
