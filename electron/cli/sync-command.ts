/**
 * `roundtrip sync <collection-folder> [--check]`: compares a spec-linked collection with its spec
 * (operations added, removed, changed). Without --check the changed requests are brought in line
 * (values kept, see update-from-spec.ts) and each added operation gets a request; with --check
 * nothing is written and drift exits 1, for CI.
 */
import path from 'node:path';
import type { CollectionEntry } from '../../shared/collections/listing';
import { requestForDisk } from '../../shared/collections/secrets';
import { driftText, hasDrift, specDrift, type LinkedRequest } from '../../shared/collections/spec-drift';
import { stableStringify } from '../../shared/collections/stable-json';
import { updateFromSpec } from '../../shared/collections/update-from-spec';
import { UserFacingError } from '../services/app-error';
import { COLLECTION_FILE } from '../../shared/collections/file-names';
import { requestForAddedOperation } from '../../shared/collections/openapi-import';
import { addRequestsByGroup } from '../services/collections/add-requests';
import { isCollectionDir, readCollection } from '../services/collections/read-tree';
import { writeFileAtomic } from '../services/fs/atomic-write';
import { loadSpec } from '../services/spec/load-spec';
import { commandLine, parseCommandLine, usageError, type CommandIo } from './command-line';

export const SYNC_COMMAND = commandLine({
  name: 'roundtrip sync',
  usage: 'roundtrip sync <collection-folder> [--check]',
  help: `Compare a collection made from an OpenAPI document with that document now: operations
added (no request yet), removed (a request is linked to one that is gone) and changed (its
parameters or body differ from when the request was saved). Changed requests are updated in
place, keeping your values; an added operation gets a new request in the folder of its tag;
requests of removed operations are listed for you to act on (nothing you made is deleted).

Options:
  --check        Write nothing; exit 1 when the collection and the spec differ (for CI)
  -h, --help     Show this help

Exit codes: 0 in sync (or updated), 1 drift found with --check, 2 bad input (not a collection,
no spec named in it, a spec that does not load).`,
  options: { check: { type: 'boolean' } },
});

/** Runs `roundtrip sync`; returns the exit code. */
export async function syncCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const line = parseCommandLine(SYNC_COMMAND, args, io);
  if (typeof line === 'number') return line;
  const [target, ...extra] = line.positionals;
  if (target === undefined || extra.length > 0) return usageError(SYNC_COMMAND, io, 'give exactly one collection folder');
  const dir = path.resolve(target);
  if (!(await isCollectionDir(dir))) throw new UserFacingError('no-collection', `${dir} holds no ${COLLECTION_FILE}. Give the folder of a saved collection.`);
  const root = path.dirname(dir);
  const listing = await readCollection(root, path.basename(dir));
  const source = listing.collection?.spec?.source;
  if (!listing.collection || source === undefined) throw new UserFacingError('no-spec', `${listing.collection?.name ?? dir} names no OpenAPI document, so there is nothing to compare it with. Make the collection from a spec (or add "spec": {"source": "<path or URL>"} to its ${COLLECTION_FILE}).`);
  const loaded = /^https?:\/\//i.test(source) ? await loadSpec({ kind: 'url', url: source }) : await loadSpec({ kind: 'file', path: path.resolve(dir, source) });
  const drift = specDrift(requestsOf(listing.children), loaded.model);
  io.out(driftText(listing.collection.name, drift));
  if (line.values.check === true) return hasDrift(drift) ? 1 : 0;
  for (const changed of drift.changed) {
    const updated = updateFromSpec(changed.request, changed.operation, loaded.model.schemaDefs);
    await writeFileAtomic(path.join(root, ...changed.id.split('/')), stableStringify(requestForDisk(updated)));
  }
  if (drift.changed.length > 0) io.out(`Updated ${drift.changed.length} changed request${drift.changed.length === 1 ? '' : 's'}.`);
  const created = await addRequestsByGroup(root, listing, drift.added.map((operation) => ({ group: operation.group, request: requestForAddedOperation(operation, loaded.model, listing.collection?.auth) })));
  if (created > 0) io.out(`Created ${created} request${created === 1 ? '' : 's'} for operations the spec added.`);
  return 0;
}

function requestsOf(entries: readonly CollectionEntry[]): LinkedRequest[] {
  return entries.flatMap((entry) => (entry.kind === 'request' ? [{ id: entry.id, request: entry.request }] : entry.kind === 'folder' ? requestsOf(entry.children) : []));
}
