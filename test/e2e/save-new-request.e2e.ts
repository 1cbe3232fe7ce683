import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { receivedBy } from '../support/fastapi/received-requests';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

describe('saving a new free-form request into a collection', () => {
  const session = useUiSession();
  let forms: FastApiServer;
  let base: string;

  beforeAll(async () => {
    forms = await startFastApi('forms_app');
    base = forms.baseUrl;
  });
  afterAll(async () => {
    await forms.stop();
  });

  async function open(app: RoundtripPage): Promise<void> {
    await app.openUrl(forms.specUrl);
    await app.byTestId('api-title').waitFor();
    await app.waitForValidation();
  }

  it('asks for a name and a place on Ctrl/Cmd+S, writes the request as typed, and it comes back the same after a reload', async () => {
    const app = await session().openApp();
    const panel = new CollectionsPanel(app);
    await open(app);
    await app.byTestId('tab-new').click();
    await app.pasteIntoUrlBar(`curl -X POST '${base}/payments' -H 'Content-Type: application/json' -H 'X-Trace: t-1' --data-raw '{"amount":7,"currency":"EUR"}'`);
    await expect.poll(() => app.byTestId('url-input').inputValue()).toBe(`${base}/payments`);
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');

    await app.page.keyboard.press('Control+s');
    await app.byTestId('save-as-dialog').waitFor();
    await app.byTestId('save-as-name').fill('Pay seven');
    await app.byTestId('save-as-target').selectOption({ label: 'A new collection…' });
    await app.byTestId('save-as-new-collection').fill('Payments');
    await app.page.screenshot({ path: '/tmp/save-as-dialog.png' });
    await app.byTestId('save-as-save').click();
    await app.byTestId('save-as-dialog').waitFor({ state: 'detached' });
    const tab = app.page.locator('[data-testid="tab"][aria-selected="true"]');
    await tab.filter({ hasText: 'Pay seven' }).waitFor();
    expect(await tab.getByTestId('tab-unsaved').count()).toBe(0);

    const file = path.join(session().host.dataDir, 'collections', 'payments', 'pay-seven.request.json');
    const written = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({
      format: 'roundtrip.request',
      name: 'Pay seven',
      method: 'POST',
      url: `${base}/payments`,
      // The pasted Content-Type is the body's media type, as the editor shows it.
      headers: [{ name: 'X-Trace', value: 't-1' }],
      body: { mode: 'raw', mediaType: 'application/json', text: '{"amount":7,"currency":"EUR"}' },
    });
    expect(written).not.toHaveProperty('savedId');

    // After a reload the saved request opens as it was typed and sends the same bytes.
    await app.page.reload();
    await app.byTestId('open-url-input').waitFor();
    await open(app);
    await panel.open();
    await panel.request('Pay seven').getByRole('button', { name: 'Pay seven', exact: true }).click();
    await app.byTestId('document-editor').waitFor();
    expect(await app.byTestId('url-input').inputValue()).toBe(`${base}/payments`);
    expect(await app.byTestId('method-select').inputValue()).toBe('POST');
    await app.byTestId('doc-section').filter({ hasText: 'Body' }).click();
    expect(await app.byTestId('raw-body').inputValue()).toBe('{"amount":7,"currency":"EUR"}');
    await app.send();
    const [first, again] = (await receivedBy(base, '/payments')).slice(-2);
    expect(again?.body).toBe(first?.body);
    expect(again?.headers.filter(([name]) => name === 'x-trace' || name === 'content-type')).toEqual(first?.headers.filter(([name]) => name === 'x-trace' || name === 'content-type'));

    // Saved now: Ctrl/Cmd+S writes over that file without asking; Save as… puts a copy in a folder, the first file untouched.
    await app.byTestId('raw-body').fill('{"amount":8,"currency":"EUR"}');
    await app.page.keyboard.press('Control+s');
    await app.byTestId('save-notice').filter({ hasText: 'Saved Pay seven' }).waitFor();
    expect(await app.byTestId('save-as-dialog').count()).toBe(0);
    expect((JSON.parse(await readFile(file, 'utf8')) as { body: { text: string } }).body.text).toBe('{"amount":8,"currency":"EUR"}');
    await panel.newFolder('Payments', 'Big');
    await app.byTestId('raw-body').fill('{"amount":900,"currency":"EUR"}');
    await app.byTestId('document-save-as').click();
    await app.byTestId('save-as-name').fill('Pay a lot');
    await app.byTestId('save-as-target').selectOption({ label: 'Payments / Big' });
    await app.byTestId('save-as-save').click();
    await tab.filter({ hasText: 'Pay a lot' }).waitFor();
    const copy = JSON.parse(await readFile(path.join(session().host.dataDir, 'collections', 'payments', 'big', 'pay-a-lot.request.json'), 'utf8')) as { body: { text: string } };
    expect(copy.body.text).toBe('{"amount":900,"currency":"EUR"}');
    expect((JSON.parse(await readFile(file, 'utf8')) as { body: { text: string } }).body.text).toBe('{"amount":8,"currency":"EUR"}');

    // A name past the cap is refused with the reason; the request stays in its tab as it was.
    await app.byTestId('document-save-as').click();
    await app.byTestId('save-as-name').fill('x'.repeat(1001));
    await app.byTestId('save-as-save').click();
    expect(await app.byTestId('save-as-error').innerText()).toMatch(/^Not saved: .*1,?000.*The request is still in its tab\.$/s);
    await app.byTestId('save-as-cancel').click();
    await app.byTestId('save-as-dialog').waitFor({ state: 'detached' });
    await tab.filter({ hasText: 'Pay a lot' }).waitFor();
    expect(await app.byTestId('raw-body').inputValue()).toBe('{"amount":900,"currency":"EUR"}');
  });
});
