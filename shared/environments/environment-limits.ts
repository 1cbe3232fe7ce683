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
