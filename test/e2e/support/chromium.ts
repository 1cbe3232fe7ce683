/** Opens a fresh browser context (its own cookies, storage and cache) in the run's shared Chromium. */
import { chromium, type BrowserContext } from 'playwright-core';
import { inject } from 'vitest';

export interface ChromiumSession {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A new context of the Chromium the e2e project's global set-up started (chromium-server.ts), closed on close. */
export async function launchChromium(): Promise<ChromiumSession> {
  const browser = await chromium.connect(inject('chromiumEndpoint'));
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  return {
    context,
    async close() {
      await context.close();
      // A connected browser's close() only disconnects: the shared Chromium runs on for the next file.
      await browser.close();
    },
  };
}
