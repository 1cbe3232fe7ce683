/** Environments an import brought along (Postman, Insomnia, Bruno), as entries of the app's environment list. */
import type { ImportedEnvironment } from '../collections/collection-tree';
import { ENVIRONMENT_LIMITS, atLimit, pastLimit, savedChars, savedListChars } from './environment-limits';
import { environmentOverLimits, type EnvironmentRefusal } from './import-limits';
import type { Environment } from './substitute';

/** What an import adds to the environment list, and the environments it left out (with why). */
export interface EnvironmentsFromImport {
  readonly added: Environment[];
  readonly refused: EnvironmentRefusal[];
}

/** What becomes of one imported environment: added to the list (as `added`), or left out (with why). */
export type ImportOutcome = { readonly imported: ImportedEnvironment; readonly added: Environment } | { readonly imported: ImportedEnvironment; readonly refused: EnvironmentRefusal };

/**
 * One app environment per imported one. A name the list already has gets " (2)", " (3)"… so
 * importing never merges into, or replaces, an environment the person made. An environment past
 * the list's limits is left out (and takes no name), so the list still saves with the rest.
 */
export function environmentsFromImport(imported: readonly ImportedEnvironment[], existing: readonly Environment[], newId: () => string): EnvironmentsFromImport {
  const outcomes = planEnvironmentImport(imported, existing, newId);
  return { added: outcomes.flatMap((outcome) => ('added' in outcome ? [outcome.added] : [])), refused: outcomes.flatMap((outcome) => ('refused' in outcome ? [outcome.refused] : [])) };
}

/**
 * The outcome of each imported environment, in order, as an import into `existing` would have it:
 * what the import's preview tells before anything is added, and what the import then does.
 */
export function planEnvironmentImport(imported: readonly ImportedEnvironment[], existing: readonly Environment[], newId: () => string): ImportOutcome[] {
  const taken = new Set(existing.map((environment) => environment.name.toLowerCase()));
  let listed = existing.length;
  let chars = savedListChars(existing);
  const outcomes: ImportOutcome[] = [];
  for (const environment of imported) {
    const refuse = (refused: EnvironmentRefusal): void => {
      outcomes.push({ imported: environment, refused });
    };
    const over = environmentOverLimits(environment);
    if (over !== undefined) {
      refuse(over);
      continue;
    }
    const made: Environment = { id: newId(), name: freeName(environment.name, taken), variables: environment.variables.map((v) => ({ name: v.key, value: v.value ?? '', secret: v.secret === true })) };
    if (atLimit('environments', listed)) {
      refuse({ name: environment.name, why: `the environment list already holds ${listed}, the most it can keep`, next: 'Delete environments you no longer need, then import it again.' });
      continue;
    }
    if (pastLimit('list-size', chars + savedChars(made))) {
      refuse({ name: environment.name, why: `with it, the environment list would be larger than it can save (${Math.floor(ENVIRONMENT_LIMITS.savedChars / 1048576)} M characters in all)`, next: 'Delete large values or environments you no longer need, then import it again.' });
      continue;
    }
    taken.add(made.name.toLowerCase());
    listed += 1;
    chars += savedChars(made);
    outcomes.push({ imported: environment, added: made });
  }
  return outcomes;
}

/** `name`, or `name (2)`, `name (3)`… the first the list does not have, cut to fit a name's limit. */
function freeName(name: string, taken: ReadonlySet<string>): string {
  let free = name;
  for (let n = 2; taken.has(free.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    free = `${name.slice(0, ENVIRONMENT_LIMITS.nameChars - suffix.length)}${suffix}`;
  }
  return free;
}
