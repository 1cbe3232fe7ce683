/** A page object for the collection runner panel: open it, pick, run, stop, re-run failed, read the table. */
import type { Locator } from 'playwright-core';
import type { RoundtripPage } from './roundtrip-page';

const WAIT_MS = 20_000;

export class RunnerPanel {
  constructor(private readonly app: RoundtripPage) {}

  async open(): Promise<void> {
    await this.app.byTestId('runner-toggle').click();
    await this.app.byTestId('runner-drawer').waitFor({ timeout: WAIT_MS });
  }

  async choose(label: string): Promise<void> {
    await this.app.byTestId('runner-target').selectOption({ label });
  }

  async setIterations(n: number): Promise<void> {
    await this.app.byTestId('runner-iterations').fill(String(n));
  }

  get planSteps(): Locator {
    return this.app.byTestId('runner-plan-step');
  }

  get nonIdempotentMarks(): Locator {
    return this.app.byTestId('runner-non-idempotent');
  }

  get rows(): Locator {
    return this.app.byTestId('runner-row');
  }

  get summary(): Locator {
    return this.app.byTestId('runner-summary');
  }

  async run(): Promise<void> {
    await this.app.byTestId('runner-start').click();
  }

  async stop(): Promise<void> {
    await this.app.byTestId('runner-stop').click();
  }

  async rerunFailed(): Promise<void> {
    await this.app.byTestId('runner-rerun-failed').click();
  }

  /** The warning of a run that goes on without its collection's spec. */
  get specNotice(): Locator {
    return this.app.byTestId('runner-spec-unreadable');
  }

  /** The error of a run that did not start (or stopped short). */
  get error(): Locator {
    return this.app.byTestId('runner-drawer').locator('.alert-error');
  }

  /** Waits until the run has ended, with its totals or with an error; answers what the panel says. */
  async ended(): Promise<string> {
    await this.summary.or(this.error).first().waitFor({ timeout: WAIT_MS });
    return (await this.summary.or(this.error).first().textContent()) ?? '';
  }

  /** Waits until the run has ended and shows its totals. */
  async finished(): Promise<string> {
    await this.summary.waitFor({ timeout: WAIT_MS });
    return (await this.summary.textContent()) ?? '';
  }
}
