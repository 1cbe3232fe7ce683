/**
 * The plan of a run: the requests of a collection (or one folder of it) in the order the
 * runner sends them, with the auth each inherits and the non-idempotent ones marked up front.
 */
import type { Auth, SavedRequest } from '../collections/format-v1';
import type { CollectionEntry, CollectionListing } from '../collections/listing';
import { classifyMethod } from '../idempotency/classify-method';
import { idempotencyKeyOf } from '../idempotency/idempotency-key-header';
import type { IdempotencyClass } from '../idempotency/idempotency-class';
import { fileVariablesScope, type VariableScope } from '../request/variable-scopes';
import { parseChecks, type Assertion, type Capture } from './assertion-model';

export interface PlannedStep {
  /** The request's id in the collections folder (its relative path). */
  readonly id: string;
  readonly name: string;
  /** Folder names above the request. */
  readonly folders: readonly string[];
  readonly request: SavedRequest;
  /** The auth that applies after "inherit" is resolved through folders and the collection. */
  readonly auth: Auth;
  /** The variables of its folders (innermost first) and of the collection, below the run's own. */
  readonly scopes: readonly VariableScope[];
  readonly assertions: readonly Assertion[];
  readonly captures: readonly Capture[];
  readonly idempotency: IdempotencyClass;
  /** Sending it twice may do something twice (a bare POST or PATCH): marked before the run starts. */
  readonly nonIdempotent: boolean;
  /** A POST or PATCH made safe to repeat by the Idempotency-Key it carries ("idempotent with a key"); absent means not. */
  readonly keyed?: boolean;
}

export interface RunPlan {
  readonly collectionName: string;
  readonly steps: readonly PlannedStep[];
  /** Files the plan could not use (broken JSON, invalid assertions): a run refuses to start with any. */
  readonly problems: readonly string[];
}

/** The plan for `listing`, limited to the folder `folderId` (an id inside it) when given. */
export function planRun(listing: CollectionListing, folderId?: string): RunPlan {
  const problems: string[] = [];
  if (listing.broken !== undefined || !listing.collection) problems.push(`${listing.id}/collection.json: ${listing.broken ?? 'missing'}`);
  const rootAuth: Auth = listing.collection?.auth ?? { type: 'none' };
  const rootScopes = [fileVariablesScope(`the collection "${listing.collection?.name ?? listing.id}"`, listing.collection?.variables)];
  const steps: PlannedStep[] = [];
  let matchedFolder = folderId === undefined;
  const walk = (entries: readonly CollectionEntry[], folders: readonly string[], auth: Auth, inside: boolean, scopes: readonly VariableScope[]): void => {
    for (const entry of entries) {
      if (entry.kind === 'broken') {
        if (inside) problems.push(`${entry.id}: ${entry.message}`);
      } else if (entry.kind === 'folder') {
        const here = inside || entry.id === folderId;
        if (entry.id === folderId) matchedFolder = true;
        const folderScopes = entry.folder.variables?.length ? [fileVariablesScope(`the folder "${entry.folder.name}"`, entry.folder.variables), ...scopes] : scopes;
        walk(entry.children, [...folders, entry.folder.name], resolveAuth(entry.folder.auth, auth), here, folderScopes);
      } else if (inside) {
        const checks = parseChecks(entry.request);
        if (!checks.ok) {
          problems.push(`${entry.id}: ${checks.message}`);
          continue;
        }
        const idempotency = classifyMethod(entry.request.method);
        const keyed = (entry.request.idempotencyKey !== undefined && entry.request.idempotencyKey.policy !== 'off') || hasKeyHeader(entry.request);
        steps.push({
          id: entry.id,
          name: entry.request.name,
          folders,
          request: entry.request,
          auth: resolveAuth(entry.request.auth, auth),
          scopes,
          assertions: checks.assertions,
          captures: checks.captures,
          idempotency,
          nonIdempotent: idempotency === 'not-idempotent' && !keyed,
          keyed: idempotency === 'not-idempotent' && keyed,
        });
      }
    }
  };
  walk(listing.children, [], rootAuth, folderId === undefined, rootScopes);
  if (!matchedFolder) problems.push(`${folderId ?? ''}: no such folder in ${listing.collection?.name ?? listing.id}`);
  return { collectionName: listing.collection?.name ?? listing.id, steps, problems };
}

// A literal Idempotency-Key header (the editor's added key, saved) goes out on every run as written: a server that
// honours keys replays the first run's answer rather than doing it again, so the step is not "creates again".
function hasKeyHeader(request: SavedRequest): boolean {
  return idempotencyKeyOf(request.headers.filter((h) => h.disabled !== true)) !== undefined;
}

function resolveAuth(own: Auth | undefined, inherited: Auth): Auth {
  return own === undefined || own.type === 'inherit' ? inherited : own;
}
