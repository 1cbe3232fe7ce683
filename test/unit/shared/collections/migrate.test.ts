import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateFile, parseSavedFile } from '../../../../shared/collections/migrate';
import { stableStringify } from '../../../../shared/collections/stable-json';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/collections/v0/${name}`, import.meta.url), 'utf8');

describe('migrate', () => {
  it('migrates a v0 request file to v1', () => {
    const outcome = parseSavedFile('request', fixture('items/create-item.request.json'));
    expect(outcome).toEqual({
      ok: true,
      migratedFrom: 0,
      value: {
        format: 'roundtrip.request',
        version: 1,
        name: 'Create item',
        method: 'POST',
        url: '{{baseUrl}}/items',
        headers: [
          { name: 'X-Trace', value: '1' },
          { name: 'Accept', value: 'application/json' },
        ],
        body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"pen"}' },
        auth: { type: 'inherit' },
      },
    });
  });

  it('migrates v0 collection and folder files', () => {
    const collection = parseSavedFile('collection', fixture('collection.json'));
    expect(collection.ok && collection.value.variables).toEqual([{ key: 'baseUrl', value: 'http://127.0.0.1:1234' }]);
    const folder = parseSavedFile('folder', fixture('items/folder.json'));
    expect(folder).toEqual({ ok: true, migratedFrom: 0, value: { format: 'roundtrip.folder', version: 1, name: 'Items' } });
  });

  it('loads a v1 file as is, without a migration mark', () => {
    const request = newSavedRequest({ name: 'List', method: 'GET', url: 'http://x/items' });
    expect(parseSavedFile('request', stableStringify(request))).toEqual({ ok: true, value: request });
  });

  it('keeps an OAuth 2.0 audience: a saved file reads and writes back byte for byte', () => {
    const text = [
      '{',
      '  "auth": {',
      '    "accessTokenUrl": "https://id.example.com/oauth/token",',
      '    "audience": "https://api.example.com",',
      '    "authUrl": "https://id.example.com/authorize",',
      '    "clientId": "{{clientId}}",',
      '    "grantType": "authorization_code",',
      '    "scope": "read:items",',
      '    "type": "oauth2"',
      '  },',
      '  "body": {',
      '    "mode": "none"',
      '  },',
      '  "format": "roundtrip.request",',
      '  "headers": [],',
      '  "method": "GET",',
      '  "name": "Items",',
      '  "url": "https://api.example.com/items",',
      '  "version": 1',
      '}',
      '',
    ].join('\n');
    const outcome = parseSavedFile('request', text);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.auth).toMatchObject({ type: 'oauth2', audience: 'https://api.example.com' });
    expect(stableStringify(outcome.value)).toBe(text);
  });

  it('names the field and version of an invalid file', () => {
    const outcome = migrateFile('request', { format: 'roundtrip.request', version: 1, name: 'x', method: 'FETCH', url: '', headers: [], body: { mode: 'none' }, auth: { type: 'none' } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/^Not a valid request file \(version 1\): method:/);
  });

  it('refuses a newer version with a hint to update', () => {
    const outcome = migrateFile('folder', { version: 9, name: 'x' });
    expect(!outcome.ok && outcome.message).toMatch(/newer than this Roundtrip understands.*Update Roundtrip/);
  });

  it('reports broken JSON with the parser message', () => {
    const outcome = parseSavedFile('request', '{ "name": ');
    expect(!outcome.ok && outcome.message).toMatch(/^Not valid JSON: /);
  });
});
