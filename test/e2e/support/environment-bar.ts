/** A page object for the environment picker and its editor. */
import type { Locator } from 'playwright-core';
import type { RoundtripPage } from './roundtrip-page';

export class EnvironmentBar {
  constructor(private readonly app: RoundtripPage) {}

  /** Makes a new environment named `name` holding `variables`; it becomes the active one, its editor open. */
  async create(name: string, variables: readonly { readonly name: string; readonly value: string }[]): Promise<void> {
    await this.app.byTestId('env-new').click();
    await this.edit();
    await this.app.byTestId('env-name').fill(name);
    for (const [index, variable] of variables.entries()) {
      await this.app.byTestId('env-add-variable').click();
      await this.app.byTestId('env-var-name').nth(index).fill(variable.name);
      await this.app.byTestId('env-var-value').nth(index).fill(variable.value);
    }
  }

  /** Makes `name` the active environment and opens its editor. */
  async choose(name: string): Promise<void> {
    await this.app.byTestId('env-select').selectOption({ label: name });
    await this.edit();
  }

  /** Opens the active environment's editor unless it is open. */
  async edit(): Promise<void> {
    if ((await this.app.byTestId('env-editor').count()) === 0) await this.app.byTestId('env-edit').click();
    await this.app.byTestId('env-editor').waitFor();
  }

  variables(): Locator {
    return this.app.byTestId('env-variable');
  }

  value(index: number): Locator {
    return this.app.byTestId('env-var-value').nth(index);
  }

  /** The message beside variable `index` saying it is past a limit. */
  valueProblem(index: number): Locator {
    return this.app.page.locator(`[data-testid="env-var-problem"][data-index="${index}"]`);
  }

  /** The message under the picker about what of the environment list is not saved (what no open field shows), and why. */
  notice(): Locator {
    return this.app.byTestId('env-save-problem');
  }
}
