import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportText } from '../../../../../electron/services/collections/export-collection';
import { newCollection, type CollectionTree } from '../../../../../shared/collections/collection-tree';
import { fromPostman } from '../../../../../shared/collections/postman-import';

function specAfterTrip(source: string, collectionDir: string): string | undefined {
  const tree: CollectionTree = { collection: newCollection('Books', { spec: { source } }), items: [] };
  const back = fromPostman(JSON.parse(exportText(tree, 'postman', collectionDir)));
  if (!back.ok) throw new Error(back.message);
  return back.tree.collection.spec?.source;
}

describe('export-collection', () => {
  it('exports a spec path relative to the collection folder as an absolute path, so the import elsewhere still finds it', () => {
    const dir = path.resolve('/srv/collections/books');
    expect(specAfterTrip('specs/openapi.yaml', dir)).toBe(path.join(dir, 'specs', 'openapi.yaml'));
  });

  it('keeps a spec URL and an absolute path as they are', () => {
    expect(specAfterTrip('http://127.0.0.1:8000/openapi.json', '/srv/c')).toBe('http://127.0.0.1:8000/openapi.json');
    expect(specAfterTrip(path.resolve('/specs/books.yaml'), '/srv/c')).toBe(path.resolve('/specs/books.yaml'));
  });
});
