import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; end-to-end tests share one Chromium and run two files at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // One worker per core: vitest's default keeps a core for its main process, which mostly waits,
          // so on a 2-core CI machine the unit files ran one at a time.
          maxWorkers: availableParallelism(),
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          // One Chromium for the run; each UI test opens its own context in it.
          globalSetup: ['test/e2e/support/chromium-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time: an e2e file mostly waits on its servers and the browser, so one at a
          // time left a 2-core machine half idle.
          maxWorkers: 2,
        },
      },
    ],
  },
});
