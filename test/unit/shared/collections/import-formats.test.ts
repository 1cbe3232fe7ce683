import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { detectImportFormat, importParsed, isImportFormat } from '../../../../shared/collections/import-formats';
import { summarizeImport } from '../../../../shared/collections/import-summary';
import { fixtureText } from '../../../support/importer-fixtures';

const detect = (text: string): string | undefined => {
  let doc: unknown;
  try {
    doc = YAML.parse(text);
  } catch {
    doc = undefined;
  }
  return detectImportFormat(text, doc);
};

describe('import-formats', () => {
  it('tells each format apart from its text and parsed value', () => {
    expect(detect(fixtureText('insomnia-v4.json'))).toBe('insomnia');
    expect(detect(fixtureText('insomnia-v5.yaml'))).toBe('insomnia');
    expect(detect('type: spec.insomnia.rest/5.0\nname: Design\ncollection: []\n')).toBe('insomnia');
    expect(detect('type: environment.insomnia.rest/5.0\nname: Env\n')).toBeUndefined();
    expect(detect(fixtureText('shop.har'))).toBe('har');
    expect(detect(fixtureText('bruno-shop/items/List items.bru'))).toBe('bruno');
    expect(detect(JSON.stringify({ info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [] }))).toBe('postman');
    expect(detect('# calls\ncurl https://x.test/a\n')).toBe('curl');
    expect(detect('openapi: 3.0.3\ninfo: {title: x, version: "1"}\npaths: {}\n')).toBe('openapi');
    expect(detect('{"hello": "world"}')).toBeUndefined();
    expect(detect('not: [valid')).toBeUndefined();
  });

  it('imports a single pasted .bru request', () => {
    const outcome = importParsed('bruno', fixtureText('bruno-shop/items/Create item.bru'), undefined, 'Pasted');
    expect(outcome.ok && outcome.tree.items[0]).toMatchObject({ kind: 'request', request: { name: 'Create item', method: 'POST' } });
  });

  it('knows its format names', () => {
    expect(isImportFormat('har')).toBe(true);
    expect(isImportFormat('soap')).toBe(false);
  });
});

describe('import-summary', () => {
  it('counts folders, requests and environments, and passes the dropped list on', () => {
    const outcome = importParsed('insomnia', '', JSON.parse(fixtureText('insomnia-v4.json')), 'x');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(summarizeImport('insomnia', outcome.tree, outcome.warnings)).toEqual({ format: 'insomnia', name: 'Shop API', folders: ['Items'], requestCount: 6, environments: ['Staging'], environmentContents: outcome.tree.environments, dropped: outcome.warnings });
  });
});
