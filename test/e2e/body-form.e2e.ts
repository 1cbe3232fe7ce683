import { beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';
import { useUiSession } from './support/ui-session';

interface OrderEcho {
  order: Record<string, unknown>;
  raw: string;
  contentType: string;
}

/** Fills the body field at `path` ("$.a.b") in the generated form. */
async function fill(app: RoundtripPage, path: string, value: string): Promise<void> {
  await app.bodyInput(path).fill(value);
}

function field(app: RoundtripPage, path: string) {
  return app.page.locator(`[data-testid="body-field"][data-path='${path}']`).first();
}

async function addProperty(app: RoundtripPage, parentPath: string, name: string): Promise<void> {
  await field(app, parentPath).locator(`[data-testid="body-add-property"][data-name="${name}"]`).first().click();
}

async function startFromSchema(app: RoundtripPage): Promise<void> {
  await app.setBody('');
  await app.bodyForm();
  await app.page.getByRole('button', { name: 'Start from the schema' }).click();
}

describe('the JSON body form on a FastAPI service', () => {
  const served = useServedApp(() => startFastApi('forms_app'));
  let app: RoundtripPage;

  beforeAll(async () => {
    ({ app } = served());
  });

  const expected = {
    customer: { name: 'Ada', address: { street: '1 Loop Road', city: 'Paris' } },
    lines: [{ sku: 'A-1', quantity: 3, size: 'large' }],
    payment: { method: 'transfer', iban: 'DE44500105175407324931' },
    labels: { tier: 'vip' },
  };

  it('fills nested models, an array item, an enum, a discriminated union and key/value rows', async () => {
    await app.selectOperation('POST', '/orders');
    await startFromSchema(app);
    await fill(app, '$.customer.name', 'Ada');
    await fill(app, '$.customer.address.street', '1 Loop Road');
    await fill(app, '$.customer.address.city', 'Paris');
    await field(app, '$.lines').getByTestId('body-add-item').click();
    await fill(app, '$.lines[0].sku', 'A-1');
    await fill(app, '$.lines[0].quantity', '3');
    // An unset optional enum is an empty drop-down in place: picking a value sets it.
    await app.bodyInput('$.lines[0].size').selectOption({ label: 'large' });
    await field(app, '$.payment').getByTestId('body-variant').first().selectOption({ index: 1 });
    await fill(app, '$.payment.iban', 'DE44500105175407324931');
    await addProperty(app, '$', 'labels');
    await field(app, '$.labels').getByTestId('body-add-entry').click();
    await fill(app, '$.labels.key1', 'vip');
    const key = field(app, '$.labels').getByLabel('Key', { exact: true });
    await key.fill('tier');
    await key.blur();
    await app.page.screenshot({ path: '/tmp/body-form-filled.png', fullPage: true });
    expect(JSON.parse(await (await app.rawBody()).inputValue())).toEqual(expected);
  });

  it('keeps raw edits when switching back, and keeps the form read-only while the raw text is not JSON', async () => {
    const raw = await app.rawBody();
    await raw.fill(JSON.stringify({ ...expected, note: 'ring twice' }, null, 2));
    await app.page.screenshot({ path: '/tmp/body-raw.png', fullPage: true });
    await app.bodyForm();
    expect(await app.bodyInput('$.note').inputValue()).toBe('ring twice');

    const broken = '{"customer": {"name": "Ada"';
    await (await app.rawBody()).fill(broken);
    await app.bodyForm();
    expect(await app.byTestId('body-parse-error').innerText()).toMatch(/not valid JSON/);
    expect(await app.byTestId('body-form').getAttribute('disabled')).not.toBeNull();
    expect(await (await app.rawBody()).inputValue()).toBe(broken);
    await app.page.screenshot({ path: '/tmp/body-form-broken.png', fullPage: true });
    await (await app.rawBody()).fill(JSON.stringify({ ...expected, note: 'ring twice' }, null, 2));
    await app.bodyForm();
    expect(await app.byTestId('body-form').getAttribute('disabled')).toBeNull();
  });

  it('shows schema problems inline in the raw editor', async () => {
    await (await app.rawBody()).fill(JSON.stringify({ ...expected, note: 'ring twice', lines: [{ sku: 'A-1', quantity: 500 }] }, null, 2));
    expect(await app.byTestId('body-raw-problems').innerText()).toContain('line 12 $.lines[0].quantity must be at most 100');
    await app.byTestId('body-problem-line').click();
    expect(await app.byTestId('body-editor').evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd).trim())).toBe('"quantity": 500');
    await app.bodyForm();
    expect(await field(app, '$.lines[0].quantity').getByTestId('body-field-problem').innerText()).toBe('must be at most 100');
    await fill(app, '$.lines[0].quantity', '3');
    await app.bodyInput('$.lines[0].size').selectOption({ label: 'large' });
    expect(await app.byTestId('body-problem-count').count()).toBe(0);
  });

  it('sends the body, and the server receives exactly the JSON the form built', async () => {
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const echo = (await app.responseJson()) as OrderEcho;
    expect(echo.contentType).toBe('application/json');
    expect(JSON.parse(echo.raw)).toEqual({ ...expected, note: 'ring twice' });
    expect(echo.order).toMatchObject({ ...expected, note: 'ring twice', lines: [{ sku: 'A-1', quantity: 3, size: 'large', gift: false }] });
  });
});

describe('the JSON body form on the demo API', () => {
  const session = useUiSession();
  let app: RoundtripPage;

  beforeAll(async () => {
    app = await session().openApp();
    await app.openDemo();
  });

  it('fills a recursive category only as deep as it is unfolded, and the demo server stores it', async () => {
    await app.selectOperation('POST', '/items');
    await startFromSchema(app);
    await fill(app, '$.name', 'Mug');
    await fill(app, '$.price', '12.5');
    await addProperty(app, '$', 'tags');
    await field(app, '$.tags').getByTestId('body-add-item').click();
    await fill(app, '$.tags[0]', 'kitchen');
    await field(app, '$.tags').getByTestId('body-add-item').click();
    await fill(app, '$.tags[1]', 'cups');
    await field(app, '$.tags[1]').getByRole('button', { name: 'Move item 1 up' }).click();
    await addProperty(app, '$', 'category');
    await fill(app, '$.category.name', 'Kitchen');
    await addProperty(app, '$.category', 'children');
    await field(app, '$.category.children').getByTestId('body-add-item').click();
    const child = field(app, '$.category.children[0]');
    expect(await child.innerText()).toMatch(/recursive schema/);
    await child.getByRole('button', { name: 'Unfold [0]' }).click();
    await fill(app, '$.category.children[0].name', 'Cups');
    await app.page.screenshot({ path: '/tmp/body-form-demo.png', fullPage: true });
    await app.send();
    expect(await app.responseStatus()).toBe('201 Created');
    expect(await app.responseJson()).toMatchObject({ name: 'Mug', price: 12.5, tags: ['cups', 'kitchen'], category: { name: 'Kitchen', children: [{ name: 'Cups' }] } });
  });

  it('checks a parameter as it is typed and offers its default', async () => {
    await app.selectOperation('GET', '/items');
    await app.fillParam('query:limit', '500');
    const field = app.page.locator('.field').filter({ has: app.param('query:limit') });
    expect(await field.getByTestId('param-live-problem').innerText()).toBe('Must be at most 100.');
    expect(await field.getByTestId('param-facts').innerText()).toContain('default: 20');
    await field.getByRole('button', { name: /default: 20/ }).click();
    expect(await app.param('query:limit').inputValue()).toBe('20');
    expect(await field.getByTestId('param-live-problem').count()).toBe(0);
  });
});
