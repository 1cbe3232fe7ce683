import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const specs = path.resolve('test/fixtures/specs');

describe('opening documents that cannot be used', () => {
  const session = useUiSession();
  let app: RoundtripPage;

  beforeEach(async () => {
    app = await session().openApp();
  });
  // Each page holds an event stream open; Chromium allows six connections per host.
  afterEach(() => app.page.close());

  it('shows where a YAML file breaks and loads nothing', async () => {
    await app.openFile(path.join(specs, 'broken-syntax.yaml'));
    const error = app.byTestId('load-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/broken-syntax\.yaml is not valid YAML at line \d+, column \d+/);
    expect(await app.byTestId('operation-row').count()).toBe(0);
  });

  it('refuses a JSON document that is not OpenAPI', async () => {
    await app.openFile(path.join(specs, 'not-openapi.json'));
    await app.byTestId('load-error').waitFor();
    expect(await app.byTestId('load-error').innerText()).toContain('is not an OpenAPI document');
  });

  it('opens a document that fails validation and lists its problems', async () => {
    await app.openFile(path.join(specs, 'invalid-but-parses.json'));
    await app.byTestId('api-title').waitFor();
    expect(await app.byTestId('operation-row').count()).toBe(1);
    expect(await app.byTestId('problems').innerText()).toMatch(/Problems \(\d+\)/);
  });

  it('says a body schema that points at nothing has no form, and starts it empty rather than "null"', async () => {
    await app.openFile(path.join(specs, 'dangling-refs.json'));
    await app.selectOperation('POST', '/books');
    expect(await app.byTestId('body-broken-ref').innerText()).toContain('#/components/schemas/BookInn');
    expect(await (await app.rawBody()).inputValue()).toBe('');
    await app.page.screenshot({ path: '/tmp/body-broken-ref.png' });
  });

  it('asks for a base URL when the server of a file is relative, and sends nothing until then', async () => {
    await app.openFile(path.join(specs, 'invalid-but-parses.json'));
    await app.selectOperation('GET', '/things');
    const before = await app.currentExchangeSeq();
    await app.clickSend();
    const problem = app.page.locator('[data-testid="field-problem"][data-param-key="baseUrl"]');
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/base URL/i);
    expect(await app.currentExchangeSeq()).toBe(before);
  });

  it('names the URL when a document cannot be fetched', async () => {
    await app.openUrl('http://127.0.0.1:9/openapi.json');
    await app.byTestId('load-error').waitFor();
    expect(await app.byTestId('load-error').innerText()).toContain('Could not reach http://127.0.0.1:9/openapi.json (connection refused). Is the server running?');
  });

  it('loads a YAML file and fills the base URL from its server and variable defaults', async () => {
    await app.openFile(path.join(specs, 'pets-3.0.yaml'));
    await app.byTestId('api-title').waitFor();
    expect(await app.byTestId('api-title').innerText()).toContain('Pets');
    await app.selectOperation('GET', '/pets');
    expect(await app.byTestId('base-url-input').inputValue()).toBe('http://127.0.0.1:8080/v1');
  });

  it('refuses to run when the token is missing from the address', async () => {
    const page = await session().chromium.context.newPage();
    await page.goto(session().host.url.replace(/\?token=.*$/, ''));
    await page.getByTestId('open-demo-button').click();
    const alert = page.getByTestId('load-error');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/token/i);
    await page.close();
  });
});
