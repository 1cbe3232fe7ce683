/**
 * An imported collection whose requests check the response against the spec ("conforms",
 * "idempotent") but that names no spec: every run would fail those checks, so the import says so
 * up front, with how to link the spec.
 */
import { flattenRequests, type CollectionTree } from './collection-tree';

/** The import's note for `tree` when it has spec checks and no spec, else undefined. */
export function specChecksWithoutSpec(tree: CollectionTree): string | undefined {
  if (tree.collection.spec !== undefined) return undefined;
  const checking = flattenRequests(tree.items).filter(({ request }) => (request.assertions ?? []).some((a) => a['type'] === 'conforms' || a['type'] === 'idempotent'));
  if (checking.length === 0) return undefined;
  const names = checking.map(({ path, request }) => `"${[...path, request.name].join(' / ')}"`);
  const listed = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  const unlinked = checking.some(({ request }) => request.operation === undefined);
  return (
    `${names.length === 1 ? 'Request' : `${names.length} requests`} ${listed} check${names.length === 1 ? 's' : ''} the response against the spec ("conforms" or "idempotent"), ` +
    `but the collection names no spec${unlinked ? ' and the requests are linked to no operation' : ''}: those checks will fail until ${unlinked ? 'they are' : 'it is'}. ` +
    'Link the spec by adding "spec": {"source": "<URL or path of the OpenAPI document>"} to collection.json (a path is relative to the collection folder)' +
    (unlinked ? ', and each request to its operation by adding "operation": {"key": "<METHOD> <path as the spec writes it>"} to its request file' : '') +
    '; or make the collection from the document itself (roundtrip import <openapi.json>).'
  );
}
