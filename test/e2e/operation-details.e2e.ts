import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const specs = path.resolve('test/fixtures/specs');

describe('what the sidebar and the operation header tell about an operation', () => {
  const session = useUiSession();
  let app: RoundtripPage;

  beforeAll(async () => {
    app = await session().openApp();
    await app.openDemo();
  });

  it('marks the demo POST that declares an Idempotency-Key "idempotent with a key" in the sidebar, explained on hover', async () => {
    const row = app.operationRow('POST', '/items');
    const marker = row.getByTestId('idempotency-marker');
    expect(await marker.getAttribute('data-mark')).toBe('idempotent-with-key');
    expect(await marker.innerText()).toContain('Idempotent with a key');
    await marker.hover();
    await row.getByTestId('idempotency-tip').waitFor({ state: 'visible' });
    expect(await row.getByTestId('idempotency-tip').innerText()).toMatch(/^Idempotent with a key: the API accepts an Idempotency-Key header \(optional\)/);
    // A PATCH keeps its honest caveat in the sidebar too.
    expect(await app.operationRow('PATCH', '/items/{itemId}').getByTestId('idempotency-tip').textContent()).toMatch(/may or may not be idempotent/);
  });

  it('says what to do when the filter matches nothing, and tells screen readers how many match', async () => {
    const sidebar = app.page.getByRole('complementary', { name: 'Resources' });
    await sidebar.getByRole('searchbox', { name: 'Filter operations' }).fill('zzz-nothing');
    await app.byTestId('filter-empty').waitFor();
    expect(await app.byTestId('filter-empty').innerText()).toMatch(/No operation matches “zzz-nothing”\. Try part of a path/);
    expect(await app.byTestId('filter-count').innerText()).toBe('0 operations match the filter');
    await app.page.screenshot({ path: '/tmp/roundtrip-filter-empty.png' });
    await sidebar.getByRole('button', { name: 'Clear the filter' }).click();
    await app.operationRow('POST', '/items').waitFor();
    await sidebar.getByRole('searchbox', { name: 'Filter operations' }).fill('delete');
    await app.page.waitForFunction(() => document.querySelector('[data-testid="filter-count"]')?.textContent === '1 operation matches the filter');
    await sidebar.getByRole('searchbox', { name: 'Filter operations' }).fill('');
  });

  it('renders the description as safe Markdown, links externalDocs, and names the security requirements', async () => {
    await app.showOpenPanel();
    await app.openUrl(path.join(specs, 'operation-details-3.1.yaml'));
    await app.operationRow('POST', '/trees').waitFor();
    await app.selectOperation('POST', '/trees');
    const header = app.byTestId('op-header');
    const description = header.getByTestId('markdown');
    expect(await description.locator('strong').innerText()).toBe('whole');
    expect(await description.locator('li').count()).toBe(2);
    const links = description.getByRole('link');
    expect(await links.count()).toBe(1);
    expect(await links.getAttribute('href')).toBe('https://example.com/guide');
    // The javascript: link is kept as its text, never as a link.
    expect(await description.innerText()).toContain('this');
    const docs = app.byTestId('op-external-docs').getByRole('link', { name: 'About trees' });
    expect(await docs.getAttribute('href')).toBe('https://example.com/trees');
    expect(await docs.getAttribute('rel')).toContain('noopener');
    expect(await app.byTestId('op-security').innerText()).toMatch(/Needs one of\s+oauth \(write:trees\)\s+or\s+apiKey/);
    await app.page.screenshot({ path: '/tmp/roundtrip-op-details.png' });
  });

  it('says that a recursive body schema contains itself', async () => {
    expect(await app.byTestId('op-recursive-body').innerText()).toMatch(/The body schema Node contains itself/);
  });

  it('marks a webhook in the header', async () => {
    await app.page.locator('[data-testid="operation-row"]:has([data-testid="webhook-mark"])').click();
    await app.byTestId('op-webhook-mark').waitFor();
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.page.screenshot({ path: '/tmp/roundtrip-webhook-dark.png' });
    await app.page.emulateMedia({ colorScheme: 'light' });
    expect(await app.byTestId('op-header').innerText()).toContain('treeFell');
    expect(await app.byTestId('op-header').innerText()).toMatch(/the API sends this request to you/);
    expect(await app.byTestId('op-recursive-body').count()).toBe(0);
  });
});
