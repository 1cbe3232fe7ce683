import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; end-to-end tests run one file at a time, each with its own Chromium.
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
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One file at a time, each with a Chromium of its own: two at a time, and one Chromium shared by
          // the run, were faster (804 s against 1,004 s for the e2e part) but a different test timed out
          // in each full run with them.
          fileParallelism: false,
          // In CI, a test that fails is run once more: a loaded machine has timed out a different test in
          // nearly every full run, each passing alone. The run names every test that needed the second try
          // (summary-reporter.ts), so a flaky test is seen and fixed rather than hidden; two failures fail.
          retry: process.env.CI === 'true' ? 1 : 0,
        },
      },
    ],
  },
});
