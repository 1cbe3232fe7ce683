/** A page object for Roundtrip's UI: tests speak of what a person does, not of selectors. */
import type { Dialog, Locator, Page } from 'playwright-core';

const WAIT_MS = 20_000;

export class RoundtripPage {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.byTestId('open-demo-button').waitFor({ timeout: WAIT_MS });
  }

  async openDemo(): Promise<void> {
    await this.byTestId('open-demo-button').click();
    await this.byTestId('api-title').waitFor({ timeout: WAIT_MS });
    await this.waitForValidation();
  }

  /** Waits until background validation has finished, so its results no longer re-render the list under the pointer. */
  async waitForValidation(): Promise<void> {
    await this.byTestId('validating').waitFor({ state: 'detached', timeout: WAIT_MS });
  }

  async openUrl(url: string): Promise<void> {
    await this.byTestId('open-url-input').fill(url);
    await this.byTestId('open-url-button').click();
  }

  /**
   * Opens another document over one whose tabs hold unsaved edits: the app asks first (naming them),
   * and this answers yes. Any other question is declined, so it cannot pass unnoticed.
   */
  async openUrlDiscardingEdits(url: string): Promise<void> {
    const answer = (dialog: Dialog): void => void (/unsaved changes\. Opening another document closes every tab/.test(dialog.message()) ? dialog.accept() : dialog.dismiss());
    this.page.on('dialog', answer);
    try {
      await this.openUrl(url);
    } finally {
      this.page.off('dialog', answer);
    }
  }

  async openFile(filePath: string): Promise<void> {
    await this.byTestId('open-file-input').setInputFiles(filePath);
  }

  /** Shows the open panel again once a document is loaded (the header's Open… button). */
  async showOpenPanel(): Promise<void> {
    await this.page.getByRole('button', { name: /^Open/ }).first().click();
    await this.byTestId('open-url-input').waitFor({ timeout: WAIT_MS });
  }

  operationRow(method: string, path: string): Locator {
    return this.page.locator(`[data-testid="operation-row"][data-method="${method}"][data-path="${path}"]`);
  }

  /** Waits until the resource list shows exactly `count` rows (the filter answers asynchronously). */
  async waitForOperationCount(count: number): Promise<void> {
    await this.page.waitForFunction((expected) => document.querySelectorAll('[data-testid="operation-row"]').length === expected, count, { timeout: WAIT_MS });
  }

  async selectOperation(method: string, path: string): Promise<void> {
    await this.operationRow(method, path).click();
    await this.byTestId('op-header').filter({ hasText: path }).waitFor({ timeout: WAIT_MS });
  }

  /** Opens an operation in a tab that stays (a double click: the next single click opens beside it). */
  async keepOperation(method: string, path: string): Promise<void> {
    await this.operationRow(method, path).dblclick();
    await this.page.locator('[data-testid="tab"][aria-selected="true"][data-preview="false"]').filter({ hasText: path }).waitFor({ timeout: WAIT_MS });
  }

  /** Makes a new environment (it becomes the active one) holding `variables`, secret ones kept in memory. */
  async newEnvironment(variables: readonly { readonly name: string; readonly value: string; readonly secret?: boolean }[]): Promise<void> {
    await this.byTestId('env-new').click();
    await this.byTestId('env-edit').click();
    for (const [index, variable] of variables.entries()) {
      await this.byTestId('env-add-variable').click();
      await this.byTestId('env-var-name').nth(index).fill(variable.name);
      if (variable.secret === true) await this.byTestId('env-var-secret').nth(index).check();
      await this.byTestId('env-var-value').nth(index).fill(variable.value);
    }
  }

  /** The API key input of security scheme `scheme` in the Auth section. */
  apiKeyField(scheme: string): Locator {
    return this.page.locator(`[data-testid="auth-scheme"][data-scheme="${scheme}"]`).getByTestId('auth-api-key');
  }

  param(key: string): Locator {
    return this.page.locator(`[data-testid="param-input"][data-param-key="${key}"]`);
  }

  async fillParam(key: string, value: string): Promise<void> {
    await this.param(key).fill(value);
  }

  async setBaseUrl(url: string): Promise<void> {
    await this.byTestId('base-url-input').fill(url);
  }

  async setBody(text: string): Promise<void> {
    await (await this.rawBody()).fill(text);
  }

  /** The raw body text editor, switching a JSON body from its generated form to Raw JSON first. */
  async rawBody(): Promise<Locator> {
    const rawTab = this.byTestId('body-mode-raw');
    if ((await rawTab.count()) > 0 && (await rawTab.getAttribute('aria-selected')) !== 'true') await rawTab.click();
    return this.byTestId('body-editor');
  }

  /** Switches a JSON body to its generated form. */
  async bodyForm(): Promise<Locator> {
    await this.byTestId('body-mode-form').click();
    return this.byTestId('body-form');
  }

  /** The input of the body field at a JSONPath-like place ("$.owner.name"). */
  bodyInput(path: string): Locator {
    return this.page.locator(`[data-testid="body-field"][data-path='${path}'] >> [data-testid="body-input"]`).first();
  }

  /** Clicks Send and waits for the new exchange to finish (a response or an error). */
  async send(): Promise<void> {
    const before = await this.currentExchangeSeq();
    await this.byTestId('send-button').click();
    await this.waitForExchangeAfter(before);
  }

  /** After a certificate error, sends once more allowing that certificate, and waits for the answer. */
  async sendAllowingInvalidCertificate(): Promise<void> {
    const before = await this.currentExchangeSeq();
    await this.byTestId('allow-invalid-certificate').click();
    await this.waitForExchangeAfter(before);
  }

  /** Clicks Send when a confirmation is expected; returns without waiting for a response. */
  async clickSend(): Promise<void> {
    await this.byTestId('send-button').click();
  }

  /** The newest exchange's number, one still sending included (0 before any): a send that was not held moves it at once. */
  async currentExchangeSeq(): Promise<number> {
    const panel = this.page.locator('.response-panel[data-exchange-seq]');
    if ((await panel.count()) === 0) return 0;
    return Number(await panel.getAttribute('data-exchange-seq'));
  }

  async waitForExchangeAfter(seq: number): Promise<void> {
    await this.page.waitForFunction(
      (previous) => {
        const panel = document.querySelector('[data-testid="response-panel"]');
        return panel !== null && Number(panel.getAttribute('data-exchange-seq')) > previous;
      },
      seq,
      { timeout: WAIT_MS },
    );
  }

  async responseStatus(): Promise<string> {
    return (await this.byTestId('response-status').innerText()).trim();
  }

  async responseJson(): Promise<unknown> {
    return JSON.parse(await this.byTestId('response-body').first().innerText()) as unknown;
  }

  async responseError(): Promise<string> {
    return (await this.byTestId('response-error').innerText()).trim();
  }

  /** Pastes `text` into the request's URL bar, as Ctrl/Cmd+V would (a curl command becomes the request). */
  async pasteIntoUrlBar(text: string): Promise<void> {
    await this.byTestId('url-input').focus();
    await this.page.evaluate((pasted) => {
      const input = document.querySelector('[data-testid="url-input"]');
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      input?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }
}
