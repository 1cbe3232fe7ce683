import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe-audit';
import type { RoundtripPage } from './support/roundtrip-page';
import { useUiSession } from './support/ui-session';

const card = { type: 'object', required: ['method', 'last4'], properties: { method: { type: 'string', enum: ['card'] }, last4: { type: 'string' } } };
const transfer = { type: 'object', required: ['method', 'iban'], properties: { method: { type: 'string', enum: ['transfer'] }, iban: { type: 'string' } } };
const event = {
  type: 'object',
  required: ['at', 'id', 'payment'],
  properties: {
    at: { type: 'string', format: 'date-time' },
    id: { type: 'string', format: 'uuid' },
    contact: { type: 'string', format: 'email' },
    hue: { type: 'string', format: 'color' },
    payment: { oneOf: [{ $ref: '#/components/schemas/Card' }, { $ref: '#/components/schemas/Transfer' }], discriminator: { propertyName: 'method', mapping: { card: '#/components/schemas/Card', transfer: '#/components/schemas/Transfer' } } },
  },
  example: { at: '2026-05-01T09:30:00Z', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6', payment: { method: 'card', last4: '4242' } },
};

/** A target that describes POST /events (formatted strings and a oneOf) and echoes each body it receives. */
async function startEventsTarget(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (request.url === '/openapi.json') {
      const spec = {
        openapi: '3.0.3',
        info: { title: 'Events target', version: '1' },
        servers: [{ url: base }],
        paths: {
          '/events': {
            get: { parameters: [{ name: 'since', in: 'query', schema: { type: 'string', format: 'date' } }], responses: { '200': { description: 'Events' } } },
            post: { requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Event' } } } }, responses: { '200': { description: 'Echoed' } } },
          },
        },
        components: { schemas: { Event: event, Card: card, Transfer: transfer } },
      };
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(spec));
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ received: Buffer.concat(chunks).toString('utf8'), url: request.url })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`, server };
}

function field(app: RoundtripPage, path: string) {
  return app.page.locator(`[data-testid="body-field"][data-path='${path}']`).first();
}

describe('string formats and the variant picker in the body form', () => {
  const session = useUiSession();
  let app: RoundtripPage;
  let target: { url: string; server: Server };

  beforeAll(async () => {
    target = await startEventsTarget();
    app = await session().openApp();
    await app.openUrl(target.url);
    await app.operationRow('POST', '/events').waitFor();
  });
  afterAll(() => {
    target.server.closeAllConnections();
    target.server.close();
  });

  it('flags a date-time that is not one, next to the field and under the raw editor, and still sends it', async () => {
    await app.selectOperation('POST', '/events');
    await app.bodyForm();
    await app.bodyInput('$.at').fill('tomorrow');
    await app.bodyInput('$.id').fill('not-a-uuid');
    expect(await field(app, '$.at').getByTestId('body-field-problem').innerText()).toBe('must be an RFC 3339 date-time, such as 2026-05-01T09:30:00Z');
    expect(await field(app, '$.id').getByTestId('body-field-problem').innerText()).toMatch(/^must be a UUID/);
    await app.page.screenshot({ path: '/tmp/body-form-formats.png', fullPage: true });
    await app.rawBody();
    expect(await app.byTestId('body-raw-problems').innerText()).toContain('$.at must be an RFC 3339 date-time');
    await app.send();
    expect(await app.responseStatus()).toBe('200 OK');
    const echo = (await app.responseJson()) as { received: string };
    expect(JSON.parse(echo.received)).toMatchObject({ at: 'tomorrow', id: 'not-a-uuid' });
  });

  it('leaves a value that fits, and a format it does not know, unflagged', async () => {
    await app.bodyForm();
    await app.bodyInput('$.at').fill('2026-05-01T09:30:00+02:00');
    await app.bodyInput('$.id').fill('3fa85f64-5717-4562-b3fc-2c963f66afa6');
    // An optional string is an empty field in place: typing sets it.
    await app.bodyInput('$.hue').fill('tomorrow');
    expect(await app.byTestId('body-field-problem').count()).toBe(0);
  });

  it('names the variant picker through the field label, and the form passes the accessibility audit', async () => {
    const picker = field(app, '$.payment').getByTestId('body-variant');
    const labelled = await field(app, '$.payment').locator('label.body-field-name').first().evaluate((label: HTMLLabelElement) => label.control?.getAttribute('data-testid') ?? null);
    expect(labelled).toBe('body-variant');
    expect(await app.page.getByRole('combobox', { name: 'Variant (method) of payment' }).count()).toBe(1);
    await picker.selectOption({ index: 1 });
    await app.bodyInput('$.payment.iban').waitFor();
    await expectAccessible(app, 'body-union');
  });

  it('flags a query parameter that breaks its format as it is typed', async () => {
    await app.selectOperation('GET', '/events');
    await app.fillParam('query:since', 'tomorrow');
    const since = app.page.locator('.field').filter({ has: app.param('query:since') });
    expect(await since.getByTestId('param-live-problem').innerText()).toBe('Must be an RFC 3339 date, such as 2026-05-01.');
    await app.page.screenshot({ path: '/tmp/param-format.png' });
    await app.fillParam('query:since', '2026-05-01');
    expect(await since.getByTestId('param-live-problem').count()).toBe(0);
  });
});
