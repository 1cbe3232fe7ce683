/** Puts back into an imported Postman collection what its export carried for Roundtrip (see postman-extras.ts). */
import type { CollectionTree, TreeItem } from './collection-tree';
import type { SavedRequest } from './format-v1';
import { placeId, placedRequests, type Extras, type RequestExtras } from './postman-extras';

/** `tree` with the spec, TLS files and per-request fields of `extras`; a request no longer found is told in `warnings`. */
export function withExtras(tree: CollectionTree, extras: Extras, warnings: string[]): CollectionTree {
  const wanted = new Map((extras.requests ?? []).map((entry) => [placeId(entry.folders, entry.name, entry.method, entry.nth ?? 0), entry]));
  const found = new Map<SavedRequest, RequestExtras>();
  for (const { place, request } of placedRequests(tree)) {
    const id = placeId(place.folders, place.name, place.method, place.nth);
    const entry = wanted.get(id);
    if (entry === undefined) continue;
    found.set(request, entry);
    wanted.delete(id);
  }
  for (const entry of wanted.values()) {
    const where = [...entry.folders, entry.name].join(' / ');
    warnings.push(`Request "${where}" (${entry.method}) is no longer in the collection under that name, folder and method${entry.operation ? `, so no request was linked to operation ${entry.operation.key} again` : ''}.`);
  }
  const items = (list: readonly TreeItem[]): TreeItem[] =>
    list.map((item) => {
      if (item.kind === 'folder') return { ...item, items: items(item.items) };
      const entry = found.get(item.request);
      return entry === undefined ? item : { ...item, request: withRequestExtras(item.request, entry) };
    });
  const declared = new Set(extras.declaredForExport ?? []);
  // A secret variable only the export declared (for newman's --env-var) is not the collection's own.
  const variables = tree.collection.variables.filter((v) => !(declared.has(v.key) && v.secret === true && v.value === undefined));
  const collection = { ...tree.collection, variables, ...(extras.spec === undefined ? {} : { spec: extras.spec }), ...(extras.tls === undefined ? {} : { tls: extras.tls }) };
  if (extras.tls !== undefined) warnings.push('The collection names client certificates or CA files (relative to its folder): copy those files into the new collection folder, or its runs cannot use them.');
  return { ...tree, collection, items: items(tree.items) };
}

function withRequestExtras(request: SavedRequest, entry: RequestExtras): SavedRequest {
  const settings = entry.settings === undefined ? request.settings : { ...request.settings, ...entry.settings };
  return {
    ...request,
    ...(entry.operation === undefined ? {} : { operation: entry.operation }),
    ...(entry.idempotencyKey === undefined ? {} : { idempotencyKey: entry.idempotencyKey }),
    ...(settings === undefined ? {} : { settings }),
    ...(entry.needsSecrets === undefined ? {} : { needsSecrets: entry.needsSecrets }),
  };
}
