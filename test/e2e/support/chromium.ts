/** Launches Debian's Chromium through playwright-core, with a fresh profile per launch. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface ChromiumSession {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with its own empty user-data dir, removed on close. */
export async function launchChromium(): Promise<ChromiumSession> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'roundtrip-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1360, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
