/**
 * The certificates of an editor send of a saved request: the app's settings under its collection's
 * `tls` (collection.json), layered exactly as a run of that collection layers them (run-tls.ts), so a
 * request sends with the same client certificate from the editor as in the Runner and `roundtrip run`.
 */
import path from 'node:path';
import { COLLECTION_FILE } from '../../../shared/collections/file-names';
import type { CollectionTls } from '../../../shared/tls/tls-settings';
import { UserFacingError } from '../app-error';
import { resolveEntry, rootProblem } from '../collections/collection-paths';
import { readParsed } from '../collections/read-tree';
import { loadRunTls } from '../runner/run-tls';
import type { TlsMaterial } from './tls-material';
import type { TlsSettingsStore } from './tls-settings-store';

/** Which collection a send belongs to, and the variables that fill its {{passphrase}} references. */
export interface SendCollection {
  readonly root: string;
  /** The saved request's id ("orders/list-orders.request.json") or its collection's. */
  readonly id: string;
  readonly variables?: Readonly<Record<string, string>>;
}

/** The certificates for a send: the app's, under the collection's `tls` when the request belongs to a collection that has one. */
export async function tlsForSend(store: TlsSettingsStore, collection: SendCollection | undefined): Promise<TlsMaterial> {
  if (collection === undefined) return store.forSends();
  const problem = rootProblem(collection.root);
  if (problem !== undefined) throw new UserFacingError('bad-path', `${problem} Refresh the collections list and send again.`);
  const collectionId = collection.id.split('/')[0] ?? collection.id;
  const collectionDir = await resolveEntry(collection.root, collectionId);
  const tls = await collectionTls(collectionDir);
  if (tls === undefined) return store.forSends();
  const layered = await loadRunTls({ collectionDir, collection: tls, variables: collection.variables ?? {}, app: await store.forRuns() });
  return layered ?? store.forSends();
}

// Read at each send, as a run reads it at each start: an edit of collection.json counts at once.
async function collectionTls(collectionDir: string): Promise<CollectionTls | undefined> {
  const read = await readParsed('collection', path.join(collectionDir, COLLECTION_FILE));
  if (read.ok) return read.value.tls;
  // Not a collection (any more): the app's settings alone, as for any request.
  if (read.missing) return undefined;
  throw new UserFacingError('broken-collection', `The ${COLLECTION_FILE} of ${collectionDir} cannot be read, so its certificates are unknown: ${read.message} Fix the file and send again.`);
}
