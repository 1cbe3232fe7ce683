import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; end-to-end tests share one Chromium and run one file at a time.
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
          // One file at a time: two at a time took the e2e part from 1,004 s to 804 s on a quiet machine,
          // but stretched each file's timing enough that a different test timed out in each full run.
          fileParallelism: false,
        },
      },
    ],
  },
});
