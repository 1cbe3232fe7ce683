/**
 * The names collections are listed by. Two collections may share a name (Shop imported twice lands in
 * shop and shop-2); listed alike, the drawer and the Runner could not tell them apart, so a name held by
 * more than one collection is followed by its folder: "Shop (shop-2)". The files keep the name as written.
 */

/** Each collection's id to the label it is listed by. */
export function collectionLabels(collections: readonly { readonly id: string; readonly name?: string | undefined }[]): ReadonlyMap<string, string> {
  const count = new Map<string, number>();
  for (const c of collections) {
    const name = c.name ?? c.id;
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  return new Map(collections.map((c) => {
    const name = c.name ?? c.id;
    return [c.id, (count.get(name) ?? 0) > 1 ? `${name} (${c.id})` : name];
  }));
}
