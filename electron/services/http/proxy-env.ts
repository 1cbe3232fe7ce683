/**
 * Which proxy a request goes through, from HTTP_PROXY / HTTPS_PROXY / NO_PROXY (either case),
 * as curl and most tools read them. Resolved here rather than by axios, so https targets can
 * be tunnelled with CONNECT (axios would send them to the proxy in the clear) and so the
 * answer is cached instead of parsed from the environment on every send.
 */

export interface ProxyEnv {
  readonly HTTP_PROXY?: string;
  readonly HTTPS_PROXY?: string;
  readonly NO_PROXY?: string;
  readonly http_proxy?: string;
  readonly https_proxy?: string;
  readonly no_proxy?: string;
}

const cache = new Map<string, URL | null>();
let cachedEnv = '';

/** True when `env` names a proxy for http (or https) targets: cheap, so a direct send need not parse its URL again. */
export function proxyConfigured(secure: boolean, env: ProxyEnv = process.env): boolean {
  return ((secure ? (env.https_proxy ?? env.HTTPS_PROXY) : (env.http_proxy ?? env.HTTP_PROXY)) ?? '') !== '';
}

/** The proxy for `target` (an http or https URL) under `env`, or undefined to connect directly. */
export function proxyFor(target: URL, env: ProxyEnv = process.env): URL | undefined {
  const secure = target.protocol === 'https:';
  const raw = (secure ? (env.https_proxy ?? env.HTTPS_PROXY) : (env.http_proxy ?? env.HTTP_PROXY)) ?? '';
  if (raw === '') return undefined;
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
  // The environment seldom changes, but tests and the user's shell may: the cache follows it.
  const envKey = `${raw}\n${noProxy}`;
  if (envKey !== cachedEnv) {
    cache.clear();
    cachedEnv = envKey;
  }
  const port = target.port || (secure ? '443' : '80');
  const key = `${target.protocol}//${target.hostname}:${port}`;
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  const resolved = bypassed(target.hostname, port, noProxy) ? null : parseProxy(raw);
  if (cache.size > 256) cache.clear();
  cache.set(key, resolved);
  return resolved ?? undefined;
}

function parseProxy(raw: string): URL | null {
  try {
    // "proxy:3128" without a scheme means http, as curl reads it.
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** NO_PROXY: "*", host names (".example.com" and "example.com" both cover subdomains), optional ":port". */
function bypassed(hostname: string, port: string, noProxy: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  for (const entry of noProxy.split(/[\s,]+/)) {
    if (entry === '') continue;
    if (entry === '*') return true;
    const match = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase());
    const name = (match?.[1] ?? '').replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
    if (match?.[2] !== undefined && match[2] !== port) continue;
    if (name !== '' && (host === name || host.endsWith(`.${name}`))) return true;
  }
  return false;
}
