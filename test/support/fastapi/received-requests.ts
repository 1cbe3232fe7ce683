/** What the FastAPI forms service recorded of the requests it received (its /received log). */
import type { FastApiServer } from './fastapi-server';

export interface Received {
  readonly method: string;
  readonly path: string;
  /** The path as sent, before the server decodes it. */
  readonly rawPath?: string;
  readonly query: string;
  /** As received: raw pairs, in order, a repeated header repeated. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** The requests `server` (or the service at that base URL) received since the last `forgetReceived`, oldest first; only those to `path` when given. */
export async function receivedBy(server: FastApiServer | string, path?: string): Promise<Received[]> {
  const baseUrl = typeof server === 'string' ? server : server.baseUrl;
  const all = (await (await fetch(`${baseUrl}/received`)).json()) as Received[];
  return path === undefined ? all : all.filter((entry) => entry.path === path);
}

/** Clears `server`'s log. */
export async function forgetReceived(server: FastApiServer): Promise<void> {
  await fetch(`${server.baseUrl}/received`, { method: 'DELETE' });
}

/** Every value of header `name` (any case) in `entry`, in the order received. */
export function headerValues(entry: Received | undefined, name: string): string[] {
  return (entry?.headers ?? []).filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);
}
