/**
 * The e2e project's global set-up: one headless Chromium for the whole run, which each UI test
 * reaches over its WebSocket endpoint and uses through a fresh context of its own. Launching a
 * Chromium per describe block cost a second or more each time, over 70 times a run.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's shared Chromium listens (see launchChromium). */
    chromiumEndpoint: string;
  }
}

export default async function startChromiumServer(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
