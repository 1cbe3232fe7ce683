import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../../../electron/cli/collection-commands';
import { startDemoServer, type DemoServer } from '../../../../electron/services/demo-api/demo-server';
import { parseSavedFile } from '../../../../shared/collections/migrate';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo.close();
});

const work = (): string => mkdtempSync(path.join(tmpdir(), 'rt-cli-coll-'));
function capture(): { io: { out: (t: string) => void; err: (t: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe('collection-commands', () => {
  it('imports an OpenAPI document from a URL: one request per operation, a folder per tag, linked to the spec', async () => {
    const dir = path.join(work(), 'demo');
    const { io, out } = capture();
    expect(await importCommand([demo.specUrl, '--out', dir], io)).toBe(0);
    expect(out[0]).toMatch(/^Imported \d+ requests \(openapi\) into /);
    const collection = parseSavedFile('collection', readFileSync(path.join(dir, 'collection.json'), 'utf8'));
    expect(collection.ok && collection.value.spec).toEqual({ source: demo.specUrl, title: expect.any(String) });
    expect(collection.ok && collection.value.variables).toEqual([{ key: 'baseUrl', value: demo.baseUrl }]);
    const folders = readdirSync(dir).filter((n) => n !== 'collection.json');
    expect(folders.length).toBeGreaterThan(0);
    const files = folders.flatMap((f) => readdirSync(path.join(dir, f)).filter((n) => n.endsWith('.request.json')).map((n) => path.join(dir, f, n)));
    const requests = files.map((file) => parseSavedFile('request', readFileSync(file, 'utf8'))).map((r) => (r.ok ? r.value : undefined));
    expect(requests.every((r) => r?.operation?.key !== undefined && r.url.startsWith('{{baseUrl}}/'))).toBe(true);
  });

  it('imports a file of curl commands and exports it back as curl and as Postman', async () => {
    const root = work();
    writeFileSync(path.join(root, 'calls.sh'), `curl ${demo.baseUrl}/health\n\ncurl -X POST ${demo.baseUrl}/items -H 'Content-Type: application/json' -d '{"name":"pen"}'\n`);
    expect(await importCommand([path.join(root, 'calls.sh'), '--out', path.join(root, 'c')], capture().io)).toBe(0);
    const curl = capture();
    expect(await exportCommand([path.join(root, 'c'), '--format', 'curl', '--out', '-'], curl.io)).toBe(0);
    expect(curl.out.join('\n')).toBe(`# GET /health\ncurl ${demo.baseUrl}/health\n\n# POST /items\ncurl -H 'Content-Type: application/json' --data-raw '{"name":"pen"}' ${demo.baseUrl}/items`);
    expect(await exportCommand([path.join(root, 'c'), '--format', 'postman', '--out', path.join(root, 'pm.json')], capture().io)).toBe(0);
    const pm = JSON.parse(readFileSync(path.join(root, 'pm.json'), 'utf8')) as { info: { schema: string }; item: unknown[] };
    expect(pm.info.schema).toMatch(/v2\.1\.0/);
    expect(pm.item).toHaveLength(2);
  });

  it('keeps the description of each --env value in the collection file, a secret one without its value', async () => {
    const root = work();
    writeFileSync(path.join(root, 'c.json'), JSON.stringify({ info: { name: 'Shop', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [{ name: 'Health', request: { method: 'GET', url: '{{baseUrl}}/health' } }] }));
    const values = [
      { key: 'baseUrl', value: demo.baseUrl, description: 'Where the shop runs' },
      { key: 'apiKey', value: 'k-41', type: 'secret', description: { content: 'From the team vault', type: 'text/plain' } },
      { key: 'plain', value: 'p' },
    ];
    writeFileSync(path.join(root, 'env.json'), JSON.stringify({ name: 'Local', values, _postman_variable_scope: 'environment' }));
    expect(await importCommand([path.join(root, 'c.json'), '--out', path.join(root, 'out'), '--env', path.join(root, 'env.json')], capture().io)).toBe(0);
    const collection = parseSavedFile('collection', readFileSync(path.join(root, 'out', 'collection.json'), 'utf8'));
    expect(collection.ok && collection.value.variables).toEqual([
      { key: 'baseUrl', value: demo.baseUrl, description: 'Where the shop runs' },
      { key: 'apiKey', secret: true, description: 'From the team vault' },
      { key: 'plain', value: 'p' },
    ]);
  });

  it('reads --name value and --name=value alike', async () => {
    const root = work();
    writeFileSync(path.join(root, 'calls.sh'), `curl ${demo.baseUrl}/health\n`);
    expect(await importCommand([path.join(root, 'calls.sh'), '--out', path.join(root, 'a'), '--format', 'curl'], capture().io)).toBe(0);
    expect(await importCommand([`--out=${path.join(root, 'b')}`, '--format=curl', path.join(root, 'calls.sh')], capture().io)).toBe(0);
    const spaced = capture();
    const joined = capture();
    expect(await exportCommand([path.join(root, 'a'), '--format', 'curl', '--out', '-'], spaced.io)).toBe(0);
    expect(await exportCommand([path.join(root, 'b'), '--format=curl', '--out=-'], joined.io)).toBe(0);
    expect(spaced.out).toEqual([`# GET /health\ncurl ${demo.baseUrl}/health`]);
    expect(joined.out).toEqual(spaced.out);
  });

  it('prints each command\'s help with --help, and refuses unknown options with exit 2 and the usage', async () => {
    for (const [command, name] of [[importCommand, 'import'], [exportCommand, 'export']] as const) {
      const help = capture();
      expect(await command(['--help'], help.io)).toBe(0);
      expect(help.out.join('\n')).toMatch(new RegExp(`^Usage: roundtrip ${name} <[^]*--format NAME[^]*\\nExit codes: 0 `));
      const unknown = capture();
      expect(await command(['x', '--outt=y'], unknown.io)).toBe(2);
      expect(unknown.err.join('\n')).toMatch(new RegExp(`^roundtrip ${name}: unknown option --outt\\.\\nUsage: roundtrip ${name} `));
    }
  });

  it('exits 2 with a clear message on bad input', async () => {
    const root = work();
    writeFileSync(path.join(root, 'x.json'), '{"hello":1}');
    const cases: [string[], RegExp][] = [
      [['--out', path.join(root, 'o')], /give exactly one file or URL/],
      [[path.join(root, 'x.json')], /give the folder to write the collection to with --out/],
      [[path.join(root, 'x.json'), '--out', root], /already exists and is not empty/],
      [[path.join(root, 'x.json'), '--out', path.join(root, 'o'), '--format', 'soap'], /unknown format "soap" \(use postman, insomnia, bruno, har, curl, openapi\)/],
      [[path.join(root, 'x.json'), '--out', path.join(root, 'o'), '--bogus', '1'], /unknown option --bogus/],
    ];
    for (const [args, message] of cases) {
      const { io, err } = capture();
      expect(await importCommand(args, io)).toBe(2);
      expect(err.join('\n')).toMatch(message);
    }
    await expect(importCommand([path.join(root, 'x.json'), '--out', path.join(root, 'o')], capture().io)).rejects.toThrow(/Could not tell what .*x\.json is/);
    const { io, err } = capture();
    expect(await exportCommand([root, '--format', 'yaml', '--out', '-'], io)).toBe(2);
    expect(err[0]).toMatch(/unknown format "yaml"/);
    await expect(exportCommand([root, '--format', 'postman', '--out', '-'], capture().io)).rejects.toThrow(/is not a collection folder/);
  });
});
