// Runs one bench measurement in a fresh Debian Chromium (its own profile, removed after), so
// nothing cached by an earlier run carries over.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Calls `run` with a page of a new Chromium and closes it after, whatever `run` does. */
export async function withBrowser(run) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1360, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    return await run(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
