/**
 * The collections feature: the listing from disk (refreshed when files change outside the app),
 * and the actions on it. A failed save keeps what was being saved, so nothing typed is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedRequest, Variable } from '../../../shared/collections/format-v1';
import type { ImportedEnvironment } from '../../../shared/collections/collection-tree';
import { missingFrom, type CollectionsOverview } from '../../../shared/collections/listing';
import type { InputOf } from '../../../shared/ipc/contract';
import type { AppError, Result } from '../../../shared/ipc/result';
import { api, subscribeEvents } from '../../lib/api';
import { copyPlace } from '../../../shared/collections/save-refusal';
import { environmentsFromImport } from '../../../shared/environments/from-import';
import type { EnvironmentRefusal } from '../../../shared/environments/import-limits';
import { useEnvironmentsStore } from '../environments/environments-context';
import { onCollectionsChanged } from './listing-signal';
import { useCollectionsListing } from './use-collections-listing';

export interface SaveTarget {
  /** The collection or folder to add to. */
  readonly parentId: string;
  /** The request file to overwrite instead. */
  readonly id?: string;
}

export interface Collections {
  readonly overview?: CollectionsOverview;
  readonly error?: AppError;
  /** Ids changed on disk by something else (git pull, an editor) since the last look. */
  readonly changedOutside: readonly string[];
  /** What was deleted last, for Undo. */
  readonly lastDeleted?: { readonly trashId: string; readonly name: string };
  /** A save that failed (disk full, read-only): kept so the user can retry once the cause is fixed. */
  readonly unsaved?: { readonly target: SaveTarget; readonly request: SavedRequest; readonly addVariables?: readonly Variable[] };
  readonly refresh: () => void;
  /** Lists again now and gives the fresh listing (for acting on the latest files). */
  readonly reload: () => Promise<CollectionsOverview | undefined>;
  /** With `spec`, the collection is linked to that document. */
  readonly createCollection: (name: string, spec?: { readonly source: string; readonly title?: string }) => Promise<string | undefined>;
  readonly createFolder: (parentId: string, name: string) => Promise<string | undefined>;
  /** Saves and returns the request's id; on failure the request stays in `unsaved`. */
  readonly saveRequest: (target: SaveTarget, request: SavedRequest, addVariables?: readonly Variable[]) => Promise<string | undefined>;
  readonly retrySave: () => Promise<string | undefined>;
  /** After a save refused because the file on disk does not parse: saves the request as a new file beside it. */
  readonly saveAsCopy: () => Promise<string | undefined>;
  readonly rename: (id: string, name: string) => Promise<void>;
  readonly duplicate: (id: string) => Promise<void>;
  /** Moves a request or folder into another collection or folder (drag and drop). */
  /** Moves into `parentId`; with `index`, to that place among its children (drag onto a request, Alt+Up/Down). */
  readonly move: (id: string, parentId: string, index?: number) => Promise<void>;
  /** Deletes (into the trash, for Undo); true when it did. */
  readonly remove: (id: string, name: string) => Promise<boolean>;
  readonly undoDelete: () => Promise<void>;
  readonly dismissChanges: () => void;
  /** Drops one id from the outside changes (it was just opened, so its new version is what the editor shows). */
  readonly forgetChange: (id: string) => void;
  /**
   * Switches to another collections folder (an absolute path), remembered across starts; true when it did.
   * `mustExist` (a recent folder) refuses a folder that is gone instead of creating it again empty.
   */
  readonly setRoot: (root: string, mustExist?: boolean) => Promise<boolean>;
  /**
   * Makes a new collection from pasted Postman JSON or curl commands, or from a tree (the open spec);
   * the environments it brings, with `environments` (Postman environment files beside it), join the environment list.
   */
  readonly importCollection: (source: CollectionImportSource, options?: { readonly name?: string; readonly environments?: readonly ImportedEnvironment[] }) => Promise<CollectionImported | undefined>;
  /** Adds imported environments (Postman environment files) to the environment list, those within its limits. */
  readonly addEnvironments: (imported: readonly ImportedEnvironment[]) => EnvironmentsAdded;
  /** Exports a collection and hands the file to the browser's download. */
  readonly exportCollection: (id: string, format: 'postman' | 'curl') => Promise<void>;
}

export type CollectionImportSource = InputOf<'collection:import'>['source'];

/** What joined the environment list (the names they got, " (2)" on a clash) and what was left out, with why. */
export interface EnvironmentsAdded {
  readonly added: readonly string[];
  readonly refused: readonly EnvironmentRefusal[];
}

export interface CollectionImported {
  readonly id: string;
  readonly environments: EnvironmentsAdded;
}

/**
 * Collections state; listing and watching start once `active` is true. `onGone` hears of saved requests, folders
 * and collections that are no longer there: deleted here, or changed outside and missing from the listing since.
 */
export function useCollections(active = true, onGone?: (ids: readonly string[]) => void): Collections {
  const onGoneRef = useRef(onGone);
  onGoneRef.current = onGone;
  const [actionError, setError] = useState<AppError | undefined>(undefined);
  const environments = useEnvironmentsStore();
  const addEnvironments = (imported: readonly ImportedEnvironment[]): EnvironmentsAdded => {
    if (imported.length === 0 || !environments) return { added: [], refused: [] };
    // Checked against the list's limits here, so one oversized import cannot stop the whole list from saving.
    const { added, refused } = environmentsFromImport(imported, environments.environments.environments, () => crypto.randomUUID());
    if (added.length > 0) environments.dispatchEnvironments({ type: 'append', envs: added });
    return { added: added.map((env) => env.name), refused };
  };
  const [changedOutside, setChangedOutside] = useState<readonly string[]>([]);
  const [lastDeleted, setLastDeleted] = useState<Collections['lastDeleted']>(undefined);
  const [unsaved, setUnsaved] = useState<Collections['unsaved']>(undefined);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    setError(undefined);
    setVersion((v) => v + 1);
  }, []);
  const listing = useCollectionsListing(active, version);
  const { overview, show } = listing;
  // Changed outside and not yet looked for in a listing: those missing from the next one are gone.
  const outsideUnchecked = useRef<readonly string[]>([]);
  useEffect(() => {
    if (overview === undefined || outsideUnchecked.current.length === 0) return;
    const gone = missingFrom(overview, outsideUnchecked.current);
    outsideUnchecked.current = [];
    if (gone.length > 0) onGoneRef.current?.(gone);
  }, [overview]);
  // A failed action stays on screen (with its retry) until the next action or Refresh.
  const error = actionError ?? listing.error;

  // Ctrl/Cmd+S in the editor saves without going through here: list again after it.
  useEffect(() => (active ? onCollectionsChanged(refresh) : undefined), [active, refresh]);

  useEffect(() => {
    if (!active) return;
    return subscribeEvents((event) => {
      if (event.name !== 'collection:changed') return;
      const { ids } = event.payload;
      outsideUnchecked.current = [...outsideUnchecked.current, ...ids];
      setChangedOutside((before) => [...new Set([...before, ...ids])]);
      setVersion((v) => v + 1);
    });
  }, [active]);

  // Every action reports its error the same way and refreshes the listing after success.
  const run = useCallback(async <T,>(call: Promise<Result<T>>): Promise<T | undefined> => {
    const result = await call;
    if (!result.ok) {
      setError(result.error);
      return undefined;
    }
    setError(undefined);
    setVersion((v) => v + 1);
    return result.value;
  }, []);

  const forgetChange = useCallback((id: string) => setChangedOutside((before) => (before.includes(id) ? before.filter((known) => known !== id) : before)), []);

  const saveRequest = useCallback(
    async (target: SaveTarget, request: SavedRequest, addVariables?: readonly Variable[]) => {
      const saved = await run(api['collection:save']({ parentId: target.parentId, ...(target.id ? { id: target.id } : {}), request, ...(addVariables ? { addVariables: [...addVariables] } : {}) }));
      setUnsaved(saved === undefined ? { target, request, ...(addVariables ? { addVariables } : {}) } : undefined);
      return saved?.id;
    },
    [run],
  );

  return {
    ...(overview ? { overview } : {}),
    ...(error ? { error } : {}),
    changedOutside,
    ...(lastDeleted ? { lastDeleted } : {}),
    ...(unsaved ? { unsaved } : {}),
    refresh,
    reload: listing.reload,
    createCollection: async (name, spec) => (await run(api['collection:create']({ name, ...(spec ? { spec } : {}) })))?.id,
    createFolder: async (parentId, name) => (await run(api['collection:create-folder']({ parentId, name })))?.id,
    saveRequest,
    retrySave: async () => (unsaved ? saveRequest(unsaved.target, unsaved.request, unsaved.addVariables) : undefined),
    saveAsCopy: async () => {
      const place = copyPlace(error);
      return unsaved && place ? saveRequest({ parentId: place }, unsaved.request, unsaved.addVariables) : undefined;
    },
    rename: async (id, name) => void (await run(api['collection:rename']({ id, name }))),
    duplicate: async (id) => void (await run(api['collection:duplicate']({ id }))),
    move: async (id, parentId, index) => void (await run(api['collection:move']({ id, parentId, ...(index === undefined ? {} : { index }) }))),
    remove: async (id, name) => {
      const removed = await run(api['collection:delete']({ id }));
      if (!removed) return false;
      setLastDeleted({ trashId: removed.trashId, name });
      onGoneRef.current?.([id]);
      return true;
    },
    undoDelete: async () => {
      if (!lastDeleted) return;
      if (await run(api['collection:restore']({ trashId: lastDeleted.trashId }))) setLastDeleted(undefined);
    },
    dismissChanges: () => setChangedOutside([]),
    forgetChange,
    setRoot: async (root, mustExist) => {
      const result = await api['collection:set-root']({ root, ...(mustExist === true ? { mustExist } : {}) });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setError(undefined);
      show(result.value);
      return true;
    },
    importCollection: async (source, options = {}) => {
      const { name, environments: beside = [] } = options;
      const imported = await run(api['collection:import']({ source, ...(name ? { name } : {}) }));
      // Added in one go, so names and limits are checked against each other as well as the list.
      return imported && { id: imported.id, environments: addEnvironments([...imported.environments, ...beside]) };
    },
    addEnvironments,
    exportCollection: async (id, format) => {
      const result = await api['collection:export']({ id, format });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      download(result.value.text, result.value.fileName, format === 'postman' ? 'application/json' : 'text/plain');
    },
  };
}

function download(text: string, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
