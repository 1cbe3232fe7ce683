/** The collection:* channels: one store over the collections folder (the user's pick, or the default). */
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import type { CollectionsOverview } from '../../../shared/collections/listing';
import type { z } from 'zod';
import type { collectionImportInput } from '../../../shared/collections/collection-inputs';
import type { CollectionTree } from '../../../shared/collections/collection-tree';
import { collectionFromCurl } from '../../../shared/collections/curl-import';
import { finishImport } from '../../../shared/collections/finish-import';
import type { ImportOutcome } from '../../../shared/collections/import-outcome';
import { summarizeImport } from '../../../shared/collections/import-summary';
import { fromPostman } from '../../../shared/collections/postman-import';
import type { Handlers } from '../../../shared/ipc/contract';
import type { EventSink } from '../../../shared/ipc/events';
import { UserFacingError } from '../app-error';
import { writeFileAtomic } from '../fs/atomic-write';
import { checkRoot, rootProblem } from './collection-paths';
import { createCollectionStore, type CollectionStore } from './collection-store';
import { importFiles, importText, type ImportResult } from './import-collection';
import { watchCollections, type CollectionsWatch } from './collection-watcher';
import { isFolder, RecentCollectionFolders } from './recent-collections';

type CollectionChannels = 'collection:move' | 'collection:import' | 'collection:import-preview' | 'collection:export' | 'collection:list' | 'collection:create' | 'collection:create-folder' | 'collection:save' | 'collection:rename' | 'collection:duplicate' | 'collection:delete' | 'collection:restore' | 'collection:set-root' | 'collection:recent' | 'collection:forget-recent';

const SETTINGS_FILE = 'collections-settings.json';

/** Handlers for the collection channels over `<dataDir>/collections` unless the user picked a folder. */
export function createCollectionHandlers(deps: { readonly dataDir: string; readonly events: EventSink }): Pick<Handlers, CollectionChannels> {
  interface Active {
    readonly store: CollectionStore;
    /** Starts the watcher once the folder exists (after the first list). */
    readonly watch: () => void;
    readonly stop: () => void;
    /** Why outside changes are not all seen (the folder is past the watch limits). */
    readonly notice: () => string | undefined;
  }
  const activate = (root: string): Active => {
    const store = createCollectionStore(root);
    let watching: CollectionsWatch | undefined;
    return {
      store,
      watch: () => {
        watching ??= watchCollections({ root, isOwnWrite: (p) => store.wroteRecently(p), onChange: (ids) => deps.events.emit('collection:changed', { ids }) });
      },
      stop: () => watching?.stop(),
      notice: () => watching?.notice(),
    };
  };
  let active: Active | undefined;
  const recent = new RecentCollectionFolders(deps.dataDir);
  const get = async (): Promise<CollectionStore> => {
    active ??= activate(await savedRoot(deps.dataDir));
    return active.store;
  };
  // Every listing (the drawer opening, a save) keeps the folder's place in the recent list.
  const list = async (explicit = false): Promise<CollectionsOverview> => {
    const listed = await (await get()).list();
    active?.watch();
    const notice = active?.notice();
    const overview = notice === undefined ? listed : { ...listed, notice };
    await recent.record(overview, explicit);
    return overview;
  };
  const listRecent = async () => recent.list(active?.store.root ?? (await savedRoot(deps.dataDir)));
  return {
    'collection:list': () => list(),
    'collection:create': async (input) => (await get()).createCollection(input.name, input.spec),
    'collection:create-folder': async (input) => (await get()).createFolder(input.parentId, input.name),
    'collection:save': async (input) => (await get()).saveRequest(input),
    'collection:rename': async (input) => (await get()).rename(input.id, input.name),
    'collection:duplicate': async (input) => (await get()).duplicate(input.id),
    'collection:move': async (input) => (await get()).move(input.id, input.parentId, input.index),
    'collection:delete': async (input) => (await get()).remove(input.id),
    'collection:restore': async (input) => (await get()).restore(input.trashId),
    'collection:import': async (input) => {
      const tree = await treeToImport(input.source, input.name);
      const { id } = await (await get()).importTree(input.name === undefined ? tree : { ...tree, collection: { ...tree.collection, name: input.name } });
      // The page adds them to the environment list, which it alone writes.
      return { id, environments: tree.environments ?? [] };
    },
    'collection:import-preview': async (input) => {
      const result = await readImport(input.source);
      return summarizeImport(result.format, result.tree, result.warnings);
    },
    'collection:export': async (input) => (await get()).exportCollection(input.id, input.format),
    'collection:set-root': async (input) => {
      const problem = rootProblem(input.root);
      if (problem !== undefined) throw new UserFacingError('bad-root', problem);
      if (input.mustExist === true && !(await isFolder(input.root))) {
        throw new UserFacingError('not-found', `The collections folder ${input.root} is no longer there (moved, renamed or deleted). Pick its new place with Folder…, or forget it in the recent list.`);
      }
      await checkRoot(input.root);
      await fsp.mkdir(deps.dataDir, { recursive: true });
      await writeFileAtomic(path.join(deps.dataDir, SETTINGS_FILE), `${JSON.stringify({ root: input.root }, null, 2)}\n`);
      active?.stop();
      active = activate(input.root);
      return list(true);
    },
    'collection:recent': () => listRecent(),
    'collection:forget-recent': async (input) => {
      await recent.forget(input.root);
      return listRecent();
    },
  };
}

type ImportSource = z.output<typeof collectionImportInput>['source'];

async function treeToImport(source: ImportSource, name: string | undefined): Promise<CollectionTree> {
  if (source.kind === 'tree') return source.tree;
  if (source.kind === 'text' || source.kind === 'files') return (await readImport(source)).tree;
  let outcome: ImportOutcome;
  if (source.kind === 'curl') outcome = collectionFromCurl(source.text, name ?? 'Pasted curl');
  else {
    let doc: unknown;
    try {
      doc = JSON.parse(source.text);
    } catch (error) {
      throw new UserFacingError('bad-input', `The Postman collection is not valid JSON (${error instanceof Error ? error.message : String(error)}). Paste the whole exported file.`);
    }
    outcome = fromPostman(doc);
  }
  if (!outcome.ok) throw new UserFacingError('bad-input', outcome.message);
  return finishImport(outcome.tree);
}

/** A file's text or a Bruno folder, read as the CLI reads it (same detection, same importers). */
async function readImport(source: Extract<ImportSource, { kind: 'text' | 'files' }>): Promise<ImportResult> {
  if (source.kind === 'files') return importFiles(source.files, source.name);
  const base = source.fileName?.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  return importText(source.text, { ...(source.format ? { format: source.format } : {}), ...(base ? { name: base } : {}) });
}

async function savedRoot(dataDir: string): Promise<string> {
  try {
    const saved: unknown = JSON.parse(await fsp.readFile(path.join(dataDir, SETTINGS_FILE), 'utf8'));
    if (typeof saved === 'object' && saved !== null && 'root' in saved && typeof saved.root === 'string' && rootProblem(saved.root) === undefined) return saved.root;
  } catch {
    // No choice saved yet (or an unreadable settings file): the default folder.
  }
  return path.join(dataDir, 'collections');
}
