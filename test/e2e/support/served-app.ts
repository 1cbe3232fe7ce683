/** Registers the hooks of a UI test against a local server of its own: the server, a tab, and the server's document open in it. */
import { afterAll, beforeAll } from 'vitest';
import type { RoundtripPage } from './roundtrip-page';
import { useUiSession, type UiSession } from './ui-session';

/** A local server the test starts: where its OpenAPI document is, and how to stop it. */
export interface ServedDocument {
  readonly specUrl: string;
  stop(): Promise<void>;
}

export interface ServedApp<S extends ServedDocument> {
  readonly server: S;
  readonly app: RoundtripPage;
  /** The host and browser behind the tab, for a second tab or the data folder. */
  readonly session: UiSession;
}

/** Call at the top of a describe block; the returned getter is valid inside tests and later hooks. */
export function useServedApp<S extends ServedDocument>(start: () => Promise<S>): () => ServedApp<S> {
  const session = useUiSession();
  let started: ServedApp<S> | undefined;
  beforeAll(async () => {
    // The server and the browser tab start side by side.
    const [server, app] = await Promise.all([start(), session().openApp()]);
    started = { server, app, session: session() };
    await app.openUrl(server.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await started?.server.stop();
  });
  return () => {
    if (!started) throw new Error('The served app is not started: call useServedApp() inside a describe block.');
    return started;
  };
}
