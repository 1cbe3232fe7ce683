/** What a FastAPI test service with the `/received` recorder (forms_app.py) says reached it. */

/** One request as it reached the server: raw header lines (lower-case names), so a header sent twice shows twice. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** The requests the service at `baseUrl` received, oldest first; only those to `path` when given. */
export async function receivedBy(baseUrl: string, path?: string): Promise<ReceivedRequest[]> {
  const all = (await (await fetch(`${baseUrl}/received`)).json()) as ReceivedRequest[];
  return path === undefined ? all : all.filter((entry) => entry.path === path);
}
