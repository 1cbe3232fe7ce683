// Ends every test run with the plain line CI reads: "N passed, N failed", after naming any test
// that passed only when tried again (the e2e project retries once in CI).
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const flaky: string[] = [];
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') {
          passed += 1;
          if (test.diagnostic()?.flaky === true) flaky.push(`${relative(process.cwd(), module.moduleId)} > ${test.fullName}`);
        } else if (state === 'failed') failedTests += 1;
        else skipped += 1;
      }
      // A file that failed outside its tests (an import, a beforeAll that could not start a
      // server) leaves its tests skipped: it must still count as a failure.
      failed += failedTests > 0 ? failedTests : module.state() === 'failed' ? 1 : 0;
    }
    if (flaky.length > 0) {
      process.stdout.write(`\nPassed only on a second try (${flaky.length}):\n${flaky.map((name) => `  ${name}\n`).join('')}`);
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
  }
}
