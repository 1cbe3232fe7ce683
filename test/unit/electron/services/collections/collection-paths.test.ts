import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCollection, newSavedRequest } from '../../../../../shared/collections/collection-tree';
import { stableStringify } from '../../../../../shared/collections/stable-json';
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';
import { createCollectionHandlers } from '../../../../../electron/services/collections/collection-handlers';
import { createDispatch } from '../../../../../electron/services/dispatch';
import { createRunnerHandlers } from '../../../../../electron/services/runner/runner-handlers';
import { stubHandlers } from '../../../../support/stub-handlers';

const sink = { emit: () => undefined };

/** A collections root inside a parent that also holds a private collection the root must not reach. */
function layout() {
  const parent = mkdtempSync(path.join(tmpdir(), 'rt-paths-'));
  const root = path.join(parent, 'root');
  mkdirSync(path.join(root, 'shop'), { recursive: true });
  writeFileSync(path.join(root, 'shop', 'collection.json'), stableStringify(newCollection('Shop')));
  mkdirSync(path.join(parent, 'private'));
  writeFileSync(path.join(parent, 'private', 'collection.json'), stableStringify(newCollection('Private')));
  writeFileSync(path.join(parent, 'private', 'token.request.json'), stableStringify(newSavedRequest({ name: 'secret', method: 'GET', url: 'http://127.0.0.1:1/secret' })));
  return { parent, root };
}

describe('collection-paths', () => {
  it('refuses export ids that leave the collections folder, by .., a backslash, or a symlink', async () => {
    const { parent, root } = layout();
    symlinkSync(path.join(parent, 'private'), path.join(root, 'linked'));
    const store = createCollectionStore(root);
    await expect(store.exportCollection('shop', 'curl')).resolves.toMatchObject({ fileName: 'shop.curl.sh' });
    for (const id of ['..', '../private', '../../etc', '..\\private', 'shop\\..\\..\\private', 'linked', '/etc', 'shop/../../private']) {
      await expect(store.exportCollection(id, 'postman'), id).rejects.toMatchObject({ code: 'bad-path' });
    }
    await expect(store.exportCollection('missing', 'postman')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses to save, rename or list through a folder that links outside the collections folder', async () => {
    const { parent, root } = layout();
    symlinkSync(path.join(parent, 'private'), path.join(root, 'shop', 'out'));
    const store = createCollectionStore(root);
    const request = newSavedRequest({ name: 'x', method: 'GET', url: 'http://127.0.0.1:1/x' });
    await expect(store.saveRequest({ parentId: 'shop/out', request })).rejects.toMatchObject({ code: 'bad-path' });
    await expect(store.saveRequest({ parentId: 'shop', id: 'shop/out/token.request.json', request })).rejects.toMatchObject({ code: 'bad-path' });
    await expect(store.rename('shop/out/token.request.json', 'mine')).rejects.toMatchObject({ code: 'bad-path' });
    await expect(store.createFolder('shop/out', 'f')).rejects.toMatchObject({ code: 'bad-path' });
  });

  it('runs nothing through a link out of the collections folder, nor from an un-normalized root', async () => {
    const { parent, root } = layout();
    symlinkSync(path.join(parent, 'private'), path.join(root, 'linked'));
    const runner = createRunnerHandlers({ events: sink });
    await expect(runner['runner:start']({ runId: 'p1', root, targetId: 'linked' })).rejects.toMatchObject({ code: 'bad-path' });
    await expect(runner['runner:start']({ runId: 'p2', root: `${root}/../root`, targetId: 'shop' })).rejects.toMatchObject({ code: 'bad-path' });
  });

  it('answers a backslash or .. in an export id over the channel with bad-path, never internal', async () => {
    const { root } = layout();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rt-paths-data-'));
    const handlers = createCollectionHandlers({ dataDir, events: sink });
    await handlers['collection:set-root']({ root });
    const dispatch = createDispatch(stubHandlers(handlers));
    for (const id of ['a\\b', '..', '../private']) {
      const result = await dispatch('collection:export', { id, format: 'postman' });
      expect(result, id).toMatchObject({ ok: false, error: { code: 'bad-path' } });
    }
  });

  it('takes only a normalized absolute collections folder, and not a file', async () => {
    const { parent, root } = layout();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rt-paths-data-'));
    const handlers = createCollectionHandlers({ dataDir, events: sink });
    for (const bad of [`${root}/../../..`, `${root}/./shop`, `${root}//shop`, `${root}/`]) {
      await expect(handlers['collection:set-root']({ root: bad }), bad).rejects.toMatchObject({ code: 'bad-root' });
    }
    await expect(handlers['collection:set-root']({ root: path.join(parent, 'private', 'token.request.json') })).rejects.toMatchObject({ code: 'bad-root' });
    await expect(handlers['collection:set-root']({ root: path.join(parent, 'no', 'such', 'place') })).rejects.toMatchObject({ code: 'bad-root' });
    await expect(handlers['collection:set-root']({ root })).resolves.toMatchObject({ root });
    // A new folder in an existing one is made, as a file manager's "new folder" would.
    await expect(handlers['collection:set-root']({ root: path.join(parent, 'fresh') })).resolves.toMatchObject({ root: path.join(parent, 'fresh') });
  });
});
