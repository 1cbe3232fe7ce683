import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../../../electron/cli/collection-commands';
import { runCommand } from '../../../../electron/cli/run-command';
import { startDemoServer } from '../../../../electron/services/demo-api/demo-server';
import { readCollection } from '../../../../electron/services/collections/read-tree';
import { loadEnvironment } from '../../../../electron/services/runner/load-run-input';
import { IMPORTER_FIXTURES } from '../../../support/importer-fixtures';

const work = (): string => mkdtempSync(path.join(tmpdir(), 'rt-cli-import-'));
function capture(): { io: { out: (t: string) => void; err: (t: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}
function everyFile(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? everyFile(path.join(dir, name)) : [path.join(dir, name)]));
}

describe('import-formats-command', () => {
  it.each([
    ['insomnia-v4.json', 'insomnia', 6],
    ['insomnia-v5.yaml', 'insomnia', 4],
    ['shop.har', 'har', 4],
    ['bruno-shop', 'bruno', 7],
  ])('detects and imports %s, and lists what it left out', async (source, format, count) => {
    const out = path.join(work(), 'c');
    const io = capture();
    expect(await importCommand([path.join(IMPORTER_FIXTURES, source), '--out', out], io.io)).toBe(0);
    expect(io.out).toEqual([`Imported ${count} requests (${format}) into ${out}.`]);
    expect(io.err[0]).toMatch(/^Left out or changed \(\d+\):\n {2}- /);
    const listing = await readCollection(path.dirname(out), 'c');
    expect(listing.broken).toBeUndefined();
    // Credentials typed in clear (the basic password, a bearer token, an API key header, an environment's key) never reach a file.
    for (const file of everyFile(out)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/lovelace-1815|eyJhbGciOiJIUzI1NiJ9|live-key-7d1e|stg-key-0001/);
  });

  it('writes the environments where `roundtrip run --env` finds them, and keeps them out of the request tree', async () => {
    const out = path.join(work(), 'shop');
    expect(await importCommand([path.join(IMPORTER_FIXTURES, 'bruno-shop'), '--out', out, '--format', 'bruno'], capture().io)).toBe(0);
    expect(readdirSync(path.join(out, 'environments')).sort()).toEqual(['local.json', 'staging.json']);
    expect(await loadEnvironment('local', out)).toEqual({ baseUrl: 'http://127.0.0.1:8000' });
    const listing = await readCollection(path.dirname(out), 'shop');
    expect(listing.children.map((c) => (c.kind === 'folder' ? c.folder.name : c.kind === 'request' ? c.request.name : c.id))).toEqual(['Items', 'Log in', 'Upload', 'Reports', 'Search']);
  });

  it('runs an imported Bruno folder: its asserts check the answers and its captures chain', async () => {
    const demo = await startDemoServer();
    try {
      const out = path.join(work(), 'shop');
      expect(await importCommand([path.join(IMPORTER_FIXTURES, 'bruno-shop'), '--out', out], capture().io)).toBe(0);
      const run = capture();
      // The demo API lists items as a bare array, so "res.body.items: isArray" fails there, as it would in Bruno.
      expect(await runCommand([path.join(out, 'items'), '--env', 'local', '--var', `baseUrl=${demo.baseUrl}`, '--var', 'apiKey=k-1'], run.io)).toBe(1);
      const report = run.out.join('\n');
      expect(report).toMatch(/✗ Items \/ List items .*\n\s+✗ \$\.items type "array": expected "array" at \$\.items, got nothing there/);
      expect(report).toMatch(/✓ Items \/ Create item {2}POST .*\/items {2}201/);
      // createdId came from Create item's body: Get item asked for that very item.
      expect(report).toMatch(/✓ Items \/ Get item {2}GET .*\/items\/[0-9a-f-]{36} {2}200/);
    } finally {
      await demo.close();
    }
  });

  it('refuses a folder for a file format, and a format that does not match the file', async () => {
    const folder = capture();
    await expect(importCommand([path.join(IMPORTER_FIXTURES, 'bruno-shop'), '--out', path.join(work(), 'x'), '--format', 'har'], folder.io)).rejects.toThrow(/is a folder; only a Bruno collection is imported from a folder/);
    await expect(importCommand([path.join(IMPORTER_FIXTURES, 'shop.har'), '--out', path.join(work(), 'y'), '--format', 'insomnia'], capture().io)).rejects.toThrow(/shop\.har: This is not an Insomnia export/);
  });
});
