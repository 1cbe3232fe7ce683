/**
 * https agents for hops that carry a client certificate or trust extra CAs. The TLS context is
 * given as `secureContext`, which Node's agent does not count when it picks a kept-alive socket,
 * so each context gets agents of its own: a socket opened with one identity never serves another.
 */
import { Agent as HttpsAgent } from 'node:https';
import { proxyConfigured, proxyFor } from '../http/proxy-env';
import { TunnelAgent } from '../http/proxy-tunnel';
import type { HopTls } from './tls-material';

// Per context (dropped with it when the settings change), then per proxy.
const agents = new WeakMap<object, Map<string, HttpsAgent>>();

/** The agent for an https hop to `url` with `tls`; a fresh one when the certificate check is skipped. */
export function tlsAgentFor(url: string, tls: HopTls, insecure: boolean): HttpsAgent {
  const proxy = proxyConfigured(true) ? proxyFor(new URL(url)) : undefined;
  const options = { secureContext: tls.secureContext, ...(insecure ? { rejectUnauthorized: false } : { keepAlive: true }) };
  // Allowed once means once: an unverified socket is never kept for another request.
  if (insecure) return proxy === undefined ? new HttpsAgent(options) : new TunnelAgent(proxy, options);
  let byProxy = agents.get(tls.secureContext);
  if (byProxy === undefined) {
    byProxy = new Map();
    agents.set(tls.secureContext, byProxy);
  }
  let agent = byProxy.get(proxy?.href ?? '');
  if (agent === undefined) {
    agent = proxy === undefined ? new HttpsAgent(options) : new TunnelAgent(proxy, options);
    byProxy.set(proxy?.href ?? '', agent);
  }
  return agent;
}
