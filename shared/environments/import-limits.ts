/**
 * An imported environment checked against the environment list's limits before it joins the list:
 * one past them would make every later save of the list fail, losing the person's edits.
 */
import type { ImportedEnvironment } from '../collections/collection-tree';
import { ENVIRONMENT_LIMITS } from './environment-limits';

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

/** Undefined when `environment` fits the limits one environment of the list has, else why it does not. */
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

/** A name in quotes, cut short when it is too long to read in a message. */
export function quoted(name: string): string {
  const max = 60;
  return `“${name.length > max ? `${name.slice(0, max - 1)}…` : name}”`;
}

function nameProblem(name: string): Problem | undefined {
  const max = ENVIRONMENT_LIMITS.nameChars;
  if (name.length <= max) return undefined;
  return { why: `its name is ${count(name.length)} characters long, and a name holds at most ${count(max)}`, next: 'Shorten its name in the file, then import it again.' };
}

function countProblem(variables: number): Problem | undefined {
  const max = ENVIRONMENT_LIMITS.variablesPerEnvironment;
  if (variables <= max) return undefined;
  return { why: `it has ${count(variables)} variables, and an environment holds at most ${count(max)}`, next: 'Split it into smaller environments, or remove the variables it no longer needs, then import it again.' };
}

function variableProblems(environment: ImportedEnvironment): Problem[] {
  const longNames = environment.variables.filter((variable) => variable.key.length > ENVIRONMENT_LIMITS.nameChars);
  const longValues = environment.variables.filter((variable) => (variable.value ?? '').length > ENVIRONMENT_LIMITS.valueChars);
  const problems: Problem[] = [];
  const [longName] = longNames;
  if (longName !== undefined) {
    problems.push({
      why: `the variable name ${quoted(longName.key)} is ${count(longName.key.length)} characters long${others(longNames.length, 'name')}, and a variable name holds at most ${count(ENVIRONMENT_LIMITS.nameChars)}`,
      next: 'Shorten the name in the file, then import it again.',
    });
  }
  const [longValue] = longValues;
  if (longValue !== undefined) {
    problems.push({
      why: `the value of ${quoted(longValue.key)} is ${count((longValue.value ?? '').length)} characters long${others(longValues.length, 'value')}, and a value holds at most ${count(ENVIRONMENT_LIMITS.valueChars)} (${ENVIRONMENT_LIMITS.valueChars / 1024} KiB)`,
      next: 'Shorten the value in the file, then import it again.',
    });
  }
  return problems;
}

function others(found: number, what: string): string {
  return found > 1 ? ` (and ${found - 1} more ${what}${found === 2 ? ' is' : 's are'} too long)` : '';
}

function count(n: number): string {
  return n.toLocaleString('en');
}
