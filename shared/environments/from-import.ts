/** Environments an import brought along (Insomnia, Bruno), as entries of the app's environment list. */
import type { ImportedEnvironment } from '../collections/collection-tree';
import type { Environment } from './substitute';

/**
 * One app environment per imported one. A name the list already has gets " (2)", " (3)"… so
 * importing never merges into, or replaces, an environment the person made.
 */
export function environmentsFromImport(imported: readonly ImportedEnvironment[], existing: readonly Environment[], newId: () => string): Environment[] {
  const taken = new Set(existing.map((environment) => environment.name.toLowerCase()));
  return imported.map((environment) => {
    let name = environment.name;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${environment.name} (${n})`;
    taken.add(name.toLowerCase());
    return { id: newId(), name, variables: environment.variables.map((v) => ({ name: v.key, value: v.value ?? '', secret: v.secret === true })) };
  });
}
