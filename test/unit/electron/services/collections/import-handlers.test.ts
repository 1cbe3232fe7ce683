import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCollectionHandlers } from '../../../../../electron/services/collections/collection-handlers';
import { fixtureFolder, fixtureText } from '../../../../support/importer-fixtures';

const handlers = () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rt-import-handlers-'));
  return { dataDir, handlers: createCollectionHandlers({ dataDir, events: { emit: () => undefined } }) };
};

describe('import-handlers', () => {
  it('previews a file as the CLI reads it, writing nothing', async () => {
    const { dataDir, handlers: h } = handlers();
    const summary = await h['collection:import-preview']({ source: { kind: 'text', text: fixtureText('insomnia-v5.yaml'), fileName: 'Shop.insomnia.yaml' } });
    expect(summary).toMatchObject({ format: 'insomnia', name: 'Shop API', folders: ['Items'], requestCount: 4, environments: ['Staging'] });
    expect(summary.dropped).toContain('1 cookie of the cookie jar was left out.');
    expect(existsSync(path.join(dataDir, 'collections'))).toBe(false);
  });

  it('imports a Bruno folder sent file by file, with its environments', async () => {
    const { dataDir, handlers: h } = handlers();
    const preview = await h['collection:import-preview']({ source: { kind: 'files', name: 'bruno-shop', files: fixtureFolder('bruno-shop') } });
    expect(preview).toMatchObject({ format: 'bruno', name: 'Shop API', requestCount: 7, environments: ['Local', 'Staging'] });
    const { id } = await h['collection:import']({ source: { kind: 'files', name: 'bruno-shop', files: fixtureFolder('bruno-shop') } });
    expect(readdirSync(path.join(dataDir, 'collections', id, 'environments')).sort()).toEqual(['local.json', 'staging.json']);
    const listing = await h['collection:list']({});
    const shop = listing.collections.find((c) => c.id === id);
    expect(shop?.children.map((c) => c.kind)).toEqual(['folder', 'request', 'request', 'request', 'request']);
  });

  it('names pasted curl as before, and says what to do with text of no known format', async () => {
    const { handlers: h } = handlers();
    expect(await h['collection:import-preview']({ source: { kind: 'text', text: 'curl https://x.test/a' } })).toMatchObject({ format: 'curl', name: 'Pasted curl', requestCount: 1 });
    await expect(h['collection:import-preview']({ source: { kind: 'text', text: '{"hello": 1}' } })).rejects.toThrow(/Could not tell what the pasted text is: .* Choose its format in the list/);
    await expect(h['collection:import-preview']({ source: { kind: 'text', text: '{"hello": 1}', format: 'har' } })).rejects.toThrow(/The pasted text: This is not a HAR file/);
    await expect(h['collection:import-preview']({ source: { kind: 'text', text: '{\n  "_type": "export",\n  "resources": [\n}', fileName: 'cut.json' } })).rejects.toThrow(/^The file cut is not valid JSON at line 4, column 1/);
  });
});
