/**
 * How large the environment list may be: env:save refuses a list past these limits, so whatever
 * adds to the list (an import) checks them first. The contract's schema reads them from here.
 */
import { budgetFor } from '../ipc/input-budget';
import type { Environment } from './substitute';

export const ENVIRONMENT_LIMITS = {
  environments: 200,
  /** Characters of an environment's id (and of the active id). */
  idChars: 100,
  /** Characters of an environment's name, and of a variable's name. */
  nameChars: 200,
  variablesPerEnvironment: 500,
  valueChars: 64 * 1024,
  /** Characters of the whole env:save request, keys included (the input budget every channel has). */
  savedChars: budgetFor('env:save').maxChars,
} as const;

/** Which limit, and where it shows: the list's (by the New button, or the list's whole size) or one environment's field. */
export type LimitField = 'environments' | 'list-size' | 'id' | 'name' | 'variables' | 'variable-name' | 'value';

/** The most each limit allows: characters, variables or environments. */
export const MOST: Readonly<Record<LimitField, number>> = {
  environments: ENVIRONMENT_LIMITS.environments,
  'list-size': ENVIRONMENT_LIMITS.savedChars,
  id: ENVIRONMENT_LIMITS.idChars,
  name: ENVIRONMENT_LIMITS.nameChars,
  variables: ENVIRONMENT_LIMITS.variablesPerEnvironment,
  'variable-name': ENVIRONMENT_LIMITS.nameChars,
  value: ENVIRONMENT_LIMITS.valueChars,
};

/**
 * Whether `size` (characters, variables or environments) is past the limit on `field`: the one check
 * every limit goes through, whether the editor, the fill of a missing variable or an import asks.
 * An id must also not be empty.
 */
export function pastLimit(field: LimitField, size: number): boolean {
  return size > MOST[field] || (field === 'id' && size === 0);
}

/** Whether `size` has reached the limit on `field`, so that one more would pass it (where Add and New stop). */
export function atLimit(field: LimitField, size: number): boolean {
  return pastLimit(field, size + 1);
}

/** The limit a variable passes, its name first (a variable with a name past it is left out whole), or undefined. */
export function variablePastLimit(variable: { readonly name: string; readonly value: string }): 'variable-name' | 'value' | undefined {
  if (pastLimit('variable-name', variable.name.length)) return 'variable-name';
  return pastLimit('value', variable.value.length) ? 'value' : undefined;
}

// The keys of one env:save request, counted as the input budget counts them.
const LIST_KEYS_CHARS = 'environments'.length + 'activeId'.length + ENVIRONMENT_LIMITS.idChars + 'persistPlainSecrets'.length;
const ENVIRONMENT_KEYS_CHARS = 'id'.length + 'name'.length + 'variables'.length;
const VARIABLE_KEYS_CHARS = 'name'.length + 'value'.length + 'secret'.length;

/** The characters `environment` takes in an env:save request. */
export function savedChars(environment: Environment): number {
  let chars = ENVIRONMENT_KEYS_CHARS + environment.id.length + environment.name.length;
  for (const variable of environment.variables) chars += VARIABLE_KEYS_CHARS + variable.name.length + variable.value.length;
  return chars;
}

/** The characters a list of `environments` takes in an env:save request, with the longest active id. */
export function savedListChars(environments: readonly Environment[]): number {
  return environments.reduce((sum, environment) => sum + savedChars(environment), LIST_KEYS_CHARS);
}
