import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../../../electron/cli/collection-commands';
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
    // Credentials typed in clear (the basic password, a bearer token, an API key header) never reach the request files.
    for (const file of everyFile(out).filter((f) => !f.includes(`${path.sep}environments${path.sep}`))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/lovelace-1815|eyJhbGciOiJIUzI1NiJ9|live-key-7d1e/);
    }
  });

  it('writes the environments where `roundtrip run --env` finds them, and keeps them out of the request tree', async () => {
    const out = path.join(work(), 'shop');
    expect(await importCommand([path.join(IMPORTER_FIXTURES, 'bruno-shop'), '--out', out, '--format', 'bruno'], capture().io)).toBe(0);
    expect(readdirSync(path.join(out, 'environments')).sort()).toEqual(['local.json', 'staging.json']);
    expect(await loadEnvironment('local', out)).toEqual({ baseUrl: 'http://127.0.0.1:8000' });
    const listing = await readCollection(path.dirname(out), 'shop');
    expect(listing.children.map((c) => (c.kind === 'folder' ? c.folder.name : c.kind === 'request' ? c.request.name : c.id))).toEqual(['Items', 'Log in', 'Upload', 'Reports', 'Search']);
  });

  it('refuses a folder for a file format, and a format that does not match the file', async () => {
    const folder = capture();
    await expect(importCommand([path.join(IMPORTER_FIXTURES, 'bruno-shop'), '--out', path.join(work(), 'x'), '--format', 'har'], folder.io)).rejects.toThrow(/is a folder; only a Bruno collection is imported from a folder/);
    await expect(importCommand([path.join(IMPORTER_FIXTURES, 'shop.har'), '--out', path.join(work(), 'y'), '--format', 'insomnia'], capture().io)).rejects.toThrow(/shop\.har: This is not an Insomnia export/);
  });
});
