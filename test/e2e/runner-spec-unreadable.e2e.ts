import { cp, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, receivedBy } from '../support/fastapi/received-requests';
import { writeCollection } from '../support/runner-collections';
import { RunnerPanel } from './support/runner-panel';
import { useUiSession } from './support/ui-session';

const KEY = [{ name: 'X-Notes-Key', value: 'notes-key-for-tests' }];

/** Serves `spec` at /openapi.json, as a docs server apart from the API would. */
async function serveSpec(spec: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(req.url === '/openapi.json' ? spec : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`;
  return { url, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("the in-app runner without its collection's spec", () => {
  const session = useUiSession();
  let notes: FastApiServer;
  let specUrl: string;
  beforeAll(async () => {
    notes = await startFastApi('notes_app');
    const root = path.join(session().host.dataDir, 'collections');
    await mkdir(root, { recursive: true });
    // The spec was served (and is what the collection was made from) until its server was stopped.
    const docs = await serveSpec(await (await fetch(notes.specUrl)).text());
    specUrl = docs.url;
    expect((await fetch(specUrl)).status).toBe(200);
    await docs.stop();
    const variables = [{ key: 'notesUrl', value: notes.baseUrl }];
    const offline = await writeCollection(
      'Notes, spec offline',
      [
        newSavedRequest({ name: 'Health', method: 'GET', url: '{{notesUrl}}/health', operation: { key: 'GET /health' }, assertions: [{ type: 'conforms' }] }),
        newSavedRequest({ name: 'Add note', method: 'POST', url: '{{notesUrl}}/notes', headers: KEY, body: { mode: 'raw', mediaType: 'application/json', text: '{"text":"written while the docs were down"}' }, operation: { key: 'POST /notes' }, assertions: [{ type: 'status', equals: 201 }] }),
        newSavedRequest({ name: 'List notes', method: 'GET', url: '{{notesUrl}}/notes', headers: KEY, operation: { key: 'GET /notes' } }),
      ],
      { spec: { source: specUrl }, variables },
    );
    await cp(offline, path.join(root, 'notes-offline'), { recursive: true });
    const broken = await writeCollection('Notes, spec broken', [newSavedRequest({ name: 'Health', method: 'GET', url: '{{notesUrl}}/health', operation: { key: 'GET /health' }, assertions: [{ type: 'conforms' }] })], { spec: { source: 'openapi.json' }, variables });
    await writeFile(path.join(broken, 'openapi.json'), '{"openapi": "3.0.3", "paths": {');
    await cp(broken, path.join(root, 'notes-broken'), { recursive: true });
  }, 30_000);
  beforeEach(async () => {
    await forgetReceived(notes);
  });
  afterAll(async () => {
    await notes.stop();
  });

  it('runs every step when the spec cannot be read, says so above the results and fails "conforms" with the reason', async () => {
    const app = await session().openApp();
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Notes, spec offline');
    await runner.run();
    expect(await runner.ended()).toContain('2/3 requests passed, 1/2 assertions, 1/1 implicit status checks');
    expect(await runner.specNotice.textContent()).toBe(
      'The collection’s spec could not be read' +
        `Could not reach ${specUrl} (connection refused). Is the server running?` +
        'The run goes on without it: requests without assertions are checked for a 2xx or 3xx answer only, and "conforms" and "idempotent" assertions fail.' +
        `What to do: Start the server that serves ${specUrl} (or correct "spec.source" in the collection's collection.json), then run again.`,
    );
    // Above the results: the warning comes before the summary and the table in the panel.
    const above = await runner.specNotice.evaluate((notice) => {
      const table = document.querySelector('[data-testid="runner-row"]');
      return table !== null && (notice.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(above).toBe(true);
    expect(await runner.rows.count()).toBe(3);
    const health = await runner.rows.nth(0).textContent();
    expect(health).toContain('200');
    expect(health).toContain(`expected a check against the spec, got none (the collection's spec could not be read: Could not reach ${specUrl} (connection refused). Is the server running?)`);
    expect(await runner.rows.nth(1).textContent()).toContain('201');
    expect(await runner.rows.nth(2).textContent()).toContain('implicit: status is 2xx or 3xx');
    await app.page.screenshot({ path: '/tmp/runner-spec-unreadable.png' });
    // Each request reached the API, which answered all along.
    expect((await receivedBy(notes)).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /health', 'POST /notes', 'GET /notes']);
  });

  it('does not start a run whose spec was read but is broken, and names the problem and what to fix', async () => {
    const app = await session().openApp();
    const runner = new RunnerPanel(app);
    await runner.open();
    await runner.choose('Notes, spec broken');
    await runner.run();
    const error = await runner.ended();
    expect(error).toMatch(/^The run did not start: the collection's spec \(openapi\.json\) was read but cannot be used\.\n\S+openapi\.json is not valid JSON/);
    expect(error).toContain('\nOnce it is fixed (or "spec.source" in the collection\'s collection.json names a working one), run again.');
    expect(await runner.specNotice.count()).toBe(0);
    expect(await runner.rows.count()).toBe(0);
    await app.page.screenshot({ path: '/tmp/runner-spec-broken.png' });
    expect(await receivedBy(notes)).toEqual([]);
  });
});
