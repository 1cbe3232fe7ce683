/**
 * Decides whether an HTTP request may reach the browser host. The host binds to
 * 127.0.0.1, but any web page the user visits can still send requests there (or
 * rebind a DNS name to it), so every call must name our host, come from our origin
 * and carry this start's token.
 */
import { timingSafeEqual } from 'node:crypto';

export interface GuardContext {
  readonly port: number;
  readonly token: string;
}

export type GuardVerdict = { readonly allowed: true } | { readonly allowed: false; readonly status: number; readonly reason: string };

/** The Host values a browser sends for our own pages (defeats DNS rebinding). */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Checks the Host header of any request. */
export function checkHost(hostHeader: string | undefined, context: GuardContext): GuardVerdict {
  if (hostHeader && allowedHosts(context.port).includes(hostHeader.toLowerCase())) return { allowed: true };
  return { allowed: false, status: 421, reason: 'This Roundtrip host answers only to 127.0.0.1 and localhost.' };
}

/** Checks Origin and token of an RPC call. */
export function checkRpc(originHeader: string | undefined, tokenHeader: string | undefined, context: GuardContext): GuardVerdict {
  // Browsers always send Origin on a cross-origin POST; a missing one means a non-browser client, which still needs the token.
  if (originHeader !== undefined) {
    const allowedOrigins = allowedHosts(context.port).map((host) => `http://${host}`);
    if (!allowedOrigins.includes(originHeader.toLowerCase())) {
      return { allowed: false, status: 403, reason: `Calls from ${originHeader.slice(0, 200)} are refused.` };
    }
  }
  if (!tokenHeader || !sameSecret(tokenHeader, context.token)) {
    return { allowed: false, status: 401, reason: 'Missing or wrong token: open the URL that `npm run web` printed.' };
  }
  return { allowed: true };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
