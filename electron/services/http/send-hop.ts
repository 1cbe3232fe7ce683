/** One HTTP exchange without following redirects: axios over the timing transport. */
import { Agent as HttpAgent, type ClientRequest } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Readable } from 'node:stream';
import { Axios, type AxiosRequestConfig } from 'axios';
import { isStreamBody, type StreamBody } from '../files/prepare-body';
import type { HttpMethod } from '../../../shared/model/api-model';
import type { HeaderEntry } from '../../../shared/request/request-model';
import { headHeaders } from '../../../shared/request/wire-headers';
import type { Stopper } from './in-flight';
import { proxyConfigured, proxyFor } from './proxy-env';
import { TunnelAgent } from './proxy-tunnel';
import { timingTransport, type SocketMarks } from './timing-transport';
import type { HopTls } from '../tls/tls-material';
import { tlsAgentFor } from '../tls/tls-agents';

// Kept-alive sockets are what make a second request to the same server cheap. An idle one is
// dropped after 4 s: uvicorn and Node's own server close theirs after 5 s without a word, and a
// request written onto a socket the server is closing at that moment fails as a reset.
const IDLE_SOCKET_MS = 4000;
const httpAgent = new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS });
const httpsAgent = new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS });
// One tunnelling agent per proxy, so tunnels are kept alive like direct sockets.
const tunnelAgents = new Map<string, TunnelAgent>();

// Made once: fresh closures per send showed up in the send path's profile.
const asIs = [(data: unknown) => data];
const everyStatus = (): boolean => true;

/**
 * One axios instance holding every option that is the same for all sends, so a send passes
 * only its own fields. axios merges the instance's defaults into each request's config key by
 * key (and validates `transitional` whenever it is set), so the defaults hold only what the http
 * adapter reads: the library's own defaults add xsrf names, env and transitional, which serve
 * browsers, data: URLs and JSON parsing (the adapter falls back to its transitional defaults),
 * and six empty per-method header buckets. The common headers are axios's own, so the wire is
 * unchanged: the same default Accept, and Content-Type keeps its place in the header order.
 */
const client = new Axios({
  adapter: 'http',
  // axios types each bucket as an AxiosHeaders; at run time its own defaults are plain objects, as here.
  headers: { common: { Accept: 'application/json, text/plain, */*', 'Content-Type': undefined } } as unknown as AxiosRequestConfig['headers'],
  // Send the body exactly as typed: axios would otherwise re-encode text it cannot parse as JSON.
  transformRequest: asIs,
  // The body is a stream that read-body consumes within its caps; axios neither parses nor limits it.
  transformResponse: asIs,
  responseType: 'stream',
  // Every status is an answer worth showing, not an exception.
  validateStatus: everyStatus,
  // Redirects and decoding are done by Roundtrip, to list hops, strip credentials and cap bombs.
  maxRedirects: 0,
  decompress: false,
  maxBodyLength: Infinity,
  httpAgent,
});

const direct = { proxy: false, httpsAgent } as const;

/** The proxy settings for one hop: axios's own for http (absolute-form), a CONNECT tunnel for https. */
function proxyConfig(url: string, insecure: boolean, tls: HopTls | undefined): { proxy: false | { protocol: string; host: string; port: number; auth?: { username: string; password: string } }; httpsAgent: HttpsAgent } {
  // A client certificate or private CA: agents of its own (see tls-agents), proxy or not.
  if (tls !== undefined) return { proxy: false, httpsAgent: tlsAgentFor(url, tls, insecure) };
  if (!proxyConfigured(url.startsWith('https:'))) return insecure ? { proxy: false, httpsAgent: new HttpsAgent({ rejectUnauthorized: false }) } : direct;
  const target = new URL(url);
  const proxy = proxyFor(target);
  // A fresh agent per insecure hop: the exception never reaches another request's socket.
  if (proxy === undefined) return { proxy: false, httpsAgent: insecure ? new HttpsAgent({ rejectUnauthorized: false }) : httpsAgent };
  if (target.protocol === 'https:') {
    if (insecure) return { proxy: false, httpsAgent: new TunnelAgent(proxy, { rejectUnauthorized: false }) };
    let agent = tunnelAgents.get(proxy.href);
    if (agent === undefined) {
      agent = new TunnelAgent(proxy, { keepAlive: true });
      tunnelAgents.set(proxy.href, agent);
    }
    return { proxy: false, httpsAgent: agent };
  }
  const auth = proxy.username === '' ? {} : { auth: { username: decodeURIComponent(proxy.username), password: decodeURIComponent(proxy.password) } };
  return { proxy: { protocol: proxy.protocol.replace(':', ''), host: proxy.hostname, port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)), ...auth }, httpsAgent };
}

export interface HopInput {
  readonly url: string;
  readonly method: HttpMethod;
  readonly headers: Record<string, string>;
  /** Text, or a body streamed from staged files (opened anew for each hop). */
  readonly body?: string | StreamBody;
  /** Stops the hop on cancel or deadline: it destroys the hop's request. */
  readonly stopper: Stopper;
  /** Skip certificate checks for this hop only, on a socket of its own. */
  readonly allowInvalidCertificate: boolean;
  /** The client certificate and extra CAs for this hop's host, when any are set. */
  readonly tls?: HopTls;
}

export interface HopResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: HeaderEntry[];
  readonly stream: Readable;
  readonly marks: SocketMarks;
  /** The header lines as the request wrote them, those the HTTP stack added included: read on demand, as a run never asks. */
  readonly written: () => HeaderEntry[];
}

/** Sends one hop and resolves when the status line and headers have arrived. */
export async function sendHop(input: HopInput): Promise<HopResponse> {
  const stopper = input.stopper;
  if (stopper.reason !== undefined) throw stopper.reason;
  // Destroying the request makes axios reject with that reason (as its own abort would), and the
  // socket goes with it, so a cancel between the headers and the body read still ends the read.
  let sent: ClientRequest | undefined;
  const transport = timingTransport(input.url.startsWith('https:'), (request) => {
    sent = request;
    stopper.onStop((reason) => request.destroy(reason));
  });
  const streamed = isStreamBody(input.body);
  const response = await client.request<Readable>({
    url: input.url,
    method: input.method,
    // A streamed body declares its length, so the server sees one body rather than chunks.
    headers: streamed ? { ...input.headers, 'Content-Length': String(input.body.length) } : input.headers,
    data: streamed ? input.body.open() : input.body,
    transport,
    // Proxies from the environment, resolved (and cached) by Roundtrip rather than by axios on each send.
    ...proxyConfig(input.url, input.allowInvalidCertificate, input.tls),
  });
  const message = response.data as Readable & { rawHeaders?: string[]; statusMessage?: string };
  return {
    status: response.status,
    statusText: message.statusMessage ?? response.statusText,
    headers: rawHeaderEntries(message.rawHeaders ?? []),
    stream: message,
    marks: transport.marks,
    written: () => (sent === undefined ? [] : writtenHeaders(sent)),
  };
}

/**
 * The headers `request` put on the wire. Node keeps the head it wrote (`_header`, there since its
 * first releases though not documented): it alone holds what Node adds while writing (Connection,
 * and Content-Length or Transfer-Encoding when the body sets them). Without it, the headers set on
 * the request stand in.
 */
function writtenHeaders(request: ClientRequest): HeaderEntry[] {
  const head = (request as ClientRequest & { _header?: unknown })._header;
  if (typeof head === 'string' && head !== '') return headHeaders(head);
  return request.getRawHeaderNames().map((name) => ({ name, value: String(request.getHeader(name) ?? '') }));
}

// rawHeaders keeps the server's spelling, order and repeated headers (Set-Cookie).
function rawHeaderEntries(raw: readonly string[]): HeaderEntry[] {
  const entries: HeaderEntry[] = [];
  for (let index = 0; index + 1 < raw.length; index += 2) entries.push({ name: raw[index] ?? '', value: raw[index + 1] ?? '' });
  return entries;
}
