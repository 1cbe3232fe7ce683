/**
 * The collections store: each collection is a folder under the collections root, holding
 * collection.json, one folder per folder (folder.json) and one *.request.json per request.
 * Every write is atomic; a file that does not parse is listed as broken and never rewritten.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { newCollection, newFolder, type CollectionTree } from '../../../shared/collections/collection-tree';
import { COLLECTION_FILE, FOLDER_FILE, REQUEST_SUFFIX, slugify, uniqueName } from '../../../shared/collections/file-names';
import type { CollectionFile, SavedRequest, Variable } from '../../../shared/collections/format-v1';
import type { CollectionsOverview } from '../../../shared/collections/listing';
import { parseSavedFile, type FileKind, type ParsedValue } from '../../../shared/collections/migrate';
import { collectionForDisk, folderForDisk, requestForDisk } from '../../../shared/collections/secrets';
import { stableStringify } from '../../../shared/collections/stable-json';
import { UserFacingError } from '../app-error';
import { nodeFs, syncDir, writeFileAtomic, type StoreFs } from '../fs/atomic-write';
import { idOf, resolveEntry } from './collection-paths';
import { exportText, type ExportFormat } from './export-collection';
import { isCollectionDir, readCollection } from './read-tree';
import { sweepTempFiles, sweepUnfinishedImports } from './sweep-temp-files';
import { emptyOldTrash } from './empty-trash';
import { duplicateFolder } from './duplicate-folder';
import { placeEntry } from './place-entry';
import { treeFromListing } from './tree-from-listing';
import { OwnWrites } from './own-writes';
import { serializeWrites } from './serialized-store';
import { writeCollectionAtomically } from './write-collection-atomically';
import { brokenFileRefusal, writeFailure } from './store-errors';

const TRASH = '.trash';

export interface CollectionStore {
  readonly root: string;
  list(): Promise<CollectionsOverview>;
  createCollection(name: string, spec?: CollectionFile['spec']): Promise<{ id: string }>;
  createFolder(parentId: string, name: string): Promise<{ id: string }>;
  /** Overwrites `id` when given, else adds a new request file under `parentId`. */
  saveRequest(input: { parentId: string; id?: string | undefined; request: SavedRequest; addVariables?: readonly Variable[] | undefined }): Promise<{ id: string }>;
  rename(id: string, name: string): Promise<{ id: string }>;
  /** Copies a request, or a folder with everything in it, next to the original as "<name> copy". */
  duplicate(id: string): Promise<{ id: string }>;
  /** Moves a request or folder into another collection or folder (drag and drop); with `index`, to that place among its children. */
  move(id: string, parentId: string, index?: number): Promise<{ id: string }>;
  /** Moves the entry into the trash (inside the root, so the move is a rename); restore() undoes it. */
  remove(id: string): Promise<{ trashId: string }>;
  restore(trashId: string): Promise<{ id: string }>;
  /** Writes a whole collection (an import) into a new folder named after it. */
  importTree(tree: CollectionTree): Promise<{ id: string }>;
  /** The collection as Postman v2.1 JSON or curl commands; broken files stop it with their names. */
  exportCollection(id: string, format: ExportFormat): Promise<{ text: string; fileName: string }>;
  /** Paths this store wrote in the last moments, so the watcher can tell outside changes apart. */
  wroteRecently(absolute: string): Promise<boolean>;
}

/** A store over `root`, its writes serialized per path; `fs` is replaceable so tests can inject a full disk. */
export function createCollectionStore(root: string, fs: StoreFs = nodeFs): CollectionStore {
  return serializeWrites(createStore(root, fs));
}

function createStore(root: string, fs: StoreFs): CollectionStore {
  const own = new OwnWrites();
  let swept = false;
  const write = async (file: string, value: unknown): Promise<void> => {
    own.mark(file);
    try {
      await writeFileAtomic(file, stableStringify(value), fs);
    } catch (error) {
      throw writeFailure(error, file);
    }
    await own.written(file);
  };
  const mkdir = async (dir: string): Promise<void> => {
    own.mark(dir);
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch (error) {
      throw writeFailure(error, dir);
    }
  };
  const freeName = async (dir: string, base: string, suffix: string): Promise<string> => {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    return uniqueName(base, suffix, new Set([COLLECTION_FILE, FOLDER_FILE, ...names].map((n) => n.toLowerCase())));
  };
  const readKind = async <K extends FileKind>(kind: K, file: string): Promise<ParsedValue<K>> => {
    const parsed = parseSavedFile(kind, await fs.readFile(file, 'utf8'));
    if (!parsed.ok) throw new UserFacingError('broken-file', `${file} is broken (${parsed.message}); it was left untouched. Fix it in an editor first.`);
    return parsed.value;
  };

  // A file that does not parse may hold someone's work (a merge in progress): a save never replaces it.
  const refuseOverBroken = async (file: string, parentId: string): Promise<void> => {
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) return;
    const parsed = parseSavedFile('request', text);
    if (!parsed.ok) throw brokenFileRefusal(idOf(root, file), parsed.message, parentId);
  };

  const addMissingVariables = async (collectionId: string, variables: readonly Variable[]): Promise<void> => {
    const file = path.join(await resolveEntry(root, collectionId), COLLECTION_FILE);
    const collection = await readKind('collection', file);
    const missing = variables.filter((v) => !collection.variables.some((known) => known.key === v.key));
    if (missing.length > 0) await write(file, collectionForDisk({ ...collection, variables: [...collection.variables, ...missing] }));
  };

  // A new request or folder goes last in its parent's saved order, so a run follows the order things were made in, not their names.
  const appendToOrder = async (id: string, parentId: string): Promise<void> => {
    // A broken parent file is left as it is (the entry is saved; it just has no place in an order yet).
    const order = await placeEntry(root, id, parentId, Number.MAX_SAFE_INTEGER, fs).catch((error: unknown) => {
      if (error instanceof UserFacingError) return undefined;
      throw error;
    });
    if (order) await write(order.file, order.value);
  };

  const moveInto = async (id: string, parentId: string): Promise<{ id: string }> => {
    const source = await resolveEntry(root, id);
    const parent = await resolveEntry(root, parentId);
    if (!id.includes('/')) throw new UserFacingError('bad-move', 'A whole collection cannot be moved into another; move its folders and requests instead.');
    if (parent === source || parent.startsWith(`${source}${path.sep}`)) throw new UserFacingError('bad-move', `Cannot move ${id} into itself. Drop it on another folder.`);
    if (path.dirname(source) === parent) return { id };
    const base = path.basename(source);
    const suffix = base.endsWith(REQUEST_SUFFIX) ? REQUEST_SUFFIX : '';
    const target = path.join(parent, await freeName(parent, base.slice(0, base.length - suffix.length), suffix));
    own.mark(source);
    own.mark(target);
    try {
      await fs.rename(source, target);
      await syncDir(path.dirname(source), fs);
      await syncDir(parent, fs);
    } catch (error) {
      throw writeFailure(error, target);
    }
    return { id: idOf(root, target) };
  };

  return {
    root,
    async list() {
      await mkdir(root);
      const dirents = await fs.readdir(root, { withFileTypes: true });
      const dirs = dirents.filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort();
      const collections = [];
      for (const name of dirs) if (await isCollectionDir(path.join(root, name), fs)) collections.push(await readCollection(root, name, fs));
      // Once per store: the leftovers of a crash are only worth one look.
      if (!swept) {
        swept = true;
        for (const name of dirs) void sweepTempFiles(path.join(root, name), fs);
        void emptyOldTrash(path.join(root, TRASH), fs);
        void sweepUnfinishedImports(root, fs);
      }
      return { root, collections };
    },
    async createCollection(name, spec) {
      await mkdir(root);
      const dirName = await freeName(root, slugify(name), '');
      const dir = path.join(root, dirName);
      await mkdir(dir);
      await write(path.join(dir, COLLECTION_FILE), newCollection(name, spec ? { spec } : {}));
      return { id: dirName };
    },
    async createFolder(parentId, name) {
      const parent = await resolveEntry(root, parentId);
      const dir = path.join(parent, await freeName(parent, slugify(name), ''));
      await mkdir(dir);
      await write(path.join(dir, FOLDER_FILE), newFolder(name));
      const id = idOf(root, dir);
      await appendToOrder(id, parentId);
      return { id };
    },
    async saveRequest({ parentId, id, request, addVariables }) {
      const file = id === undefined ? path.join(await resolveEntry(root, parentId), await freeName(await resolveEntry(root, parentId), slugify(request.name), REQUEST_SUFFIX)) : await resolveEntry(root, id);
      if (!file.endsWith(REQUEST_SUFFIX)) throw new UserFacingError('bad-path', `"${id ?? ''}" is not a request file. Refresh the collections list and try again.`);
      if (id !== undefined) {
        if (!(await fs.stat(path.dirname(file)).then((s) => s.isDirectory(), () => false))) {
          throw new UserFacingError('not-found', `${id} is no longer there: its folder was moved or deleted meanwhile. Your edits are kept in the app; refresh the collections list and save again.`, { path: id });
        }
        await refuseOverBroken(file, parentId);
      }
      await write(file, requestForDisk(request));
      if (id === undefined) await appendToOrder(idOf(root, file), parentId);
      if (addVariables && addVariables.length > 0) await addMissingVariables(parentId.split('/')[0] ?? parentId, addVariables);
      return { id: idOf(root, file) };
    },
    async rename(id, name) {
      const target = await resolveEntry(root, id);
      if (target.endsWith(REQUEST_SUFFIX)) {
        await write(target, requestForDisk({ ...(await readKind('request', target)), name }));
      } else if (await isCollectionDir(target, fs)) {
        const file = path.join(target, COLLECTION_FILE);
        await write(file, collectionForDisk({ ...(await readKind('collection', file)), name }));
      } else {
        const file = path.join(target, FOLDER_FILE);
        const existing = await fs.stat(file).then(() => readKind('folder', file), () => newFolder(name));
        await write(file, folderForDisk({ ...existing, name }));
      }
      return { id };
    },
    async duplicate(id) {
      const source = await resolveEntry(root, id);
      if (!source.endsWith(REQUEST_SUFFIX)) {
        if (!id.includes('/')) throw new UserFacingError('not-a-folder', 'A whole collection cannot be duplicated here; duplicate its folders, or copy its folder in your file manager.');
        const folder = await fs.readFile(path.join(source, FOLDER_FILE), 'utf8').then((text) => parseSavedFile('folder', text), () => undefined);
        const name = `${folder?.ok === true ? folder.value.name : path.basename(source)} copy`;
        const parent = path.dirname(source);
        const target = path.join(parent, await freeName(parent, slugify(name), ''));
        own.markTree(target);
        try {
          await duplicateFolder(source, target, name, fs);
        } catch (error) {
          throw writeFailure(error, target);
        }
        own.markTree(target);
        return { id: idOf(root, target) };
      }
      const request = await readKind('request', source);
      const dir = path.dirname(source);
      const file = path.join(dir, await freeName(dir, slugify(`${request.name} copy`), REQUEST_SUFFIX));
      await write(file, requestForDisk({ ...request, name: `${request.name} copy` }));
      return { id: idOf(root, file) };
    },
    async move(id, parentId, index) {
      const moved = await moveInto(id, parentId);
      if (index !== undefined) {
        const order = await placeEntry(root, moved.id, parentId, index, fs);
        await write(order.file, order.value);
      }
      return moved;
    },
    async remove(id) {
      const source = await resolveEntry(root, id);
      const trashId = `${Date.now()}-${randomUUID().slice(0, 8)}`;
      const slot = path.join(root, TRASH, trashId);
      await mkdir(slot);
      await write(path.join(slot, 'entry.json'), { id });
      try {
        own.mark(source);
        await fs.rename(source, path.join(slot, 'item'));
        await syncDir(path.dirname(source), fs);
      } catch (error) {
        throw writeFailure(error, source);
      }
      return { trashId };
    },
    async restore(trashId) {
      if (!/^[\w-]+$/.test(trashId)) throw new UserFacingError('bad-trash-id', `"${trashId}" is not a deleted item. Refresh and try again.`);
      const slot = path.join(root, TRASH, trashId);
      const entry: unknown = JSON.parse(await fs.readFile(path.join(slot, 'entry.json'), 'utf8'));
      if (typeof entry !== 'object' || entry === null || !('id' in entry) || typeof entry.id !== 'string') throw new UserFacingError('bad-trash-id', `The deleted item ${trashId} has no readable entry.json in ${slot}, so Roundtrip cannot tell where it came from. Move its "item" back by hand.`);
      const target = await resolveEntry(root, entry.id);
      if (await fs.stat(target).then(() => true, () => false)) throw new UserFacingError('exists', `Cannot restore ${entry.id}: a file of that name exists again. Rename it first.`);
      own.mark(target);
      await mkdir(path.dirname(target));
      await fs.rename(path.join(slot, 'item'), target);
      await fs.rm(slot, { recursive: true, force: true });
      return { id: entry.id };
    },
    async importTree(tree) {
      await mkdir(root);
      const dir = path.join(root, await freeName(root, slugify(tree.collection.name), ''));
      own.markTree(dir);
      await writeCollectionAtomically(dir, tree, fs);
      own.markTree(dir);
      return { id: idOf(root, dir) };
    },
    async exportCollection(id, format) {
      const collectionId = id.split('/')[0] ?? id;
      // The whole id is checked, not only its first part: "a\\..", ".." and links out are refused alike.
      await resolveEntry(root, id);
      const dir = await resolveEntry(root, collectionId);
      if (!(await isCollectionDir(dir, fs))) throw new UserFacingError('not-found', `There is no collection ${collectionId} in ${root}. Refresh the collections list and try again.`);
      const tree = treeFromListing(await readCollection(root, collectionId, fs), collectionId);
      return { text: exportText(tree, format, dir), fileName: `${collectionId}${format === 'postman' ? '.postman_collection.json' : '.curl.sh'}` };
    },
    wroteRecently(absolute) {
      return own.isOwn(absolute);
    },
  };
}
