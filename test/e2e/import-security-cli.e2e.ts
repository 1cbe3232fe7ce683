import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { forgetReceived, headerValues, receivedBy } from '../support/fastapi/received-requests';
import { runRoundtrip as roundtrip } from '../support/run-roundtrip';

// The key test/support/fastapi/notes_app.py accepts.
const NOTES_KEY = 'notes-key-for-tests';

let notes: FastApiServer;

beforeAll(async () => {
  notes = await startFastApi('notes_app');
});

afterAll(async () => {
  await notes.stop();
});

describe('roundtrip import: OpenAPI security', () => {
  it('carries an API key header scheme into the collection auth: a run without the key names its variable, with it the server receives the key', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'rt-import-security-'));
    const dir = path.join(work, 'notes');
    const imported = await roundtrip('import', notes.specUrl, '--out', dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported 3 requests (openapi)');

    // The key is a reference to a secret variable declared without a value, never a value in the files.
    const collection = JSON.parse(await readFile(path.join(dir, 'collection.json'), 'utf8')) as { auth?: unknown; variables: { key: string; value?: string; secret?: boolean }[] };
    expect(collection.auth).toEqual({ type: 'apikey', name: 'X-Notes-Key', value: '{{notesKey.apiKey}}', in: 'header' });
    expect(collection.variables.find((v) => v.key === 'notesKey.apiKey')).toEqual(expect.objectContaining({ secret: true }));
    expect(collection.variables.find((v) => v.key === 'notesKey.apiKey')?.value).toBeUndefined();

    await forgetReceived(notes);
    const without = await roundtrip('run', dir);
    expect(without.code).toBe(1);
    expect(without.stdout + without.stderr).toContain('`{{notesKey.apiKey}}` (in the auth) has no value');
    expect(without.stdout + without.stderr).toContain('(set it in an environment (--env), the data file (--data) or --var)');
    // Nothing that needs the key was sent without it.
    expect((await receivedBy(notes)).filter((entry) => entry.path === '/notes')).toEqual([]);

    await forgetReceived(notes);
    const withVar = await roundtrip('run', dir, '--var', `notesKey.apiKey=${NOTES_KEY}`);
    expect(withVar.stderr).toBe('');
    expect(withVar.code).toBe(0);
    const received = await receivedBy(notes);
    const toNotes = received.filter((entry) => entry.path === '/notes');
    expect(toNotes.map((entry) => entry.method).sort()).toEqual(['GET', 'POST']);
    for (const entry of toNotes) expect(headerValues(entry, 'X-Notes-Key')).toEqual([NOTES_KEY]);
    // The public operation is sent without the key.
    const health = received.filter((entry) => entry.path === '/health');
    expect(health).toHaveLength(1);
    expect(headerValues(health[0], 'X-Notes-Key')).toEqual([]);

    // An environment file outside the collection works as well (the way a CI job keeps its secret).
    const envFile = path.join(work, 'ci-env.json');
    await writeFile(envFile, JSON.stringify({ 'notesKey.apiKey': NOTES_KEY }));
    await forgetReceived(notes);
    const withEnv = await roundtrip('run', dir, '--env', envFile);
    expect(withEnv.code).toBe(0);
    expect(headerValues((await receivedBy(notes, '/notes'))[0], 'X-Notes-Key')).toEqual([NOTES_KEY]);
  });

  it('names on stderr the security it could not carry, with what to do', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'rt-import-security-'));
    const specFile = path.join(work, 'certs.json');
    await writeFile(
      specFile,
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'Certs', version: '1' },
        servers: [{ url: notes.baseUrl }],
        components: { securitySchemes: { mtls: { type: 'mutualTLS' } } },
        security: [{ mtls: [] }],
        paths: { '/health': { get: { responses: { '200': { description: 'OK' } } } } },
      }),
    );
    const result = await roundtrip('import', specFile, '--out', path.join(work, 'certs'));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Left out or changed (1):');
    expect(result.stderr).toContain('Auth not carried for GET /health: "mtls" is mutual TLS (a client certificate, not an auth): add a client certificate');
  });
});
