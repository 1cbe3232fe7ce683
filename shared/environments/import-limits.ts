/**
 * An imported environment checked against the environment list's limits before it joins the list:
 * one past them would make every later save of the list fail, losing the person's edits.
 */
import type { ImportedEnvironment } from '../collections/collection-tree';
import { pastLimit } from './environment-limits';
import { limitFact, pastLimitFact, quoted, sizeFact } from './limit-messages';

/** An environment left out of the list, with what is wrong and what to do about it. */
export interface EnvironmentRefusal {
  /** Its name as imported. */
  readonly name: string;
  /** What is past which limit, e.g. "it has 612 variables, and an environment holds at most 500". */
  readonly why: string;
  /** What the person can do, as a sentence. */
  readonly next: string;
}

interface Problem {
  readonly why: string;
  readonly next: string;
}

/**
 * Undefined when `environment` fits the limits one environment of the list has, else why it does not.
 * The checks are the editor's (pastLimit); unlike the editor, an import looks at every variable, even
 * past the 500th, and at both the name and the value of each, so one reading of the file finds all to fix.
 */
export function environmentOverLimits(environment: ImportedEnvironment): EnvironmentRefusal | undefined {
  const problems = [nameProblem(environment.name), countProblem(environment.variables.length), ...variableProblems(environment)].filter((problem) => problem !== undefined);
  const [first] = problems;
  if (first === undefined) return undefined;
  return { name: environment.name, why: problems.map((problem) => problem.why).join('; '), next: problems.length === 1 ? first.next : 'Fix these in the file, then import it again.' };
}

/** "The environment “Big” was not added: <why>. <next>" */
export function refusalMessage(refusal: EnvironmentRefusal): string {
  return `The environment ${quoted(refusal.name)} was not added: ${refusal.why}. ${refusal.next}`;
}

function nameProblem(name: string): Problem | undefined {
  if (!pastLimit('name', name.length)) return undefined;
  return { why: `its name ${pastLimitFact('name', name.length)}`, next: 'Shorten its name in the file, then import it again.' };
}

function countProblem(variables: number): Problem | undefined {
  if (!pastLimit('variables', variables)) return undefined;
  return { why: `it ${pastLimitFact('variables', variables)}`, next: 'Split it into smaller environments, or remove the variables it no longer needs, then import it again.' };
}

function variableProblems(environment: ImportedEnvironment): Problem[] {
  const longNames = environment.variables.filter((variable) => pastLimit('variable-name', variable.key.length));
  const longValues = environment.variables.filter((variable) => pastLimit('value', (variable.value ?? '').length));
  const problems: Problem[] = [];
  const [longName] = longNames;
  if (longName !== undefined) {
    problems.push({
      why: `the variable name ${quoted(longName.key)} ${sizeFact('variable-name', longName.key.length)}${others(longNames.length, 'name')}, and ${limitFact('variable-name')}`,
      next: 'Shorten the name in the file, then import it again.',
    });
  }
  const [longValue] = longValues;
  if (longValue !== undefined) {
    problems.push({
      why: `the value of ${quoted(longValue.key)} ${sizeFact('value', (longValue.value ?? '').length)}${others(longValues.length, 'value')}, and ${limitFact('value')}`,
      next: 'Shorten the value in the file, then import it again.',
    });
  }
  return problems;
}

function others(found: number, what: string): string {
  return found > 1 ? ` (and ${found - 1} more ${what}${found === 2 ? ' is' : 's are'} too long)` : '';
}
