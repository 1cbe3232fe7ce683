/** Registers the hooks every UI test file needs: a browser host and a Chromium, started once per file. */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from './browser-host';
import { launchChromium, type ChromiumSession } from './chromium';
import { RoundtripPage } from './roundtrip-page';

export interface UiSession {
  readonly host: BrowserHost;
  readonly chromium: ChromiumSession;
  /** A new tab on the host's URL, ready to open a document. */
  openApp(): Promise<RoundtripPage>;
}

/** Call at the top of a describe block; the returned getter is valid inside tests and hooks. `hostOptions` go to the browser host. */
export function useUiSession(hostOptions: BrowserHostOptions = {}): () => UiSession {
  let session: UiSession | undefined;
  let host: BrowserHost | undefined;
  let chromium: ChromiumSession | undefined;
  // Tabs opened by a test (or its beforeEach) close after it: each open document holds an event
  // stream, and Chromium allows six connections per host. Tabs opened in beforeAll live for the file.
  let testTabs: RoundtripPage[] | undefined;
  beforeEach(() => {
    testTabs = [];
  });
  afterEach(async () => {
    const tabs = testTabs ?? [];
    testTabs = undefined;
    await Promise.all(tabs.map((tab) => tab.page.close()));
  });
  beforeAll(async () => {
    [host, chromium] = await Promise.all([startBrowserHost(hostOptions), launchChromium()]);
    const started = { host, chromium };
    session = {
      ...started,
      async openApp() {
        const app = new RoundtripPage(await started.chromium.context.newPage());
        testTabs?.push(app);
        await app.goto(started.host.url);
        return app;
      },
    };
  });
  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
  });
  return () => {
    if (!session) throw new Error('The UI session is not started: call useUiSession() inside a describe block.');
    return session;
  };
}
