/**
 * How the environment list's limits are said, each in one wording: what is past a limit (beside its
 * field, away from it, or as the reason a fill is refused), and the notes where Add and New stop.
 * An import says the same facts in its own frame (import-limits).
 */
import { MOST, type LimitField } from './environment-limits';
import type { LimitProblem } from './fit-to-limits';

/** Beside the field: "Not saved: this value is 65,537 characters long, and a value holds at most 65,536 (64 KiB). Shorten it, …" */
export function fieldMessage(problem: LimitProblem): string {
  return `Not saved: ${HERE[problem.field]} ${pastLimitFact(problem.field, problem.size)}. ${next(problem)}.`;
}

/** Away from the field, saying where: "Not saved: the value of “blob” in “Big” is 65,537 characters long, …" */
export function listMessage(problem: LimitProblem): string {
  return `Not saved: ${where(problem)} ${pastLimitFact(problem.field, problem.size)}. ${next(problem)}.`;
}

/** Why a fill of a missing {{variable}} is not set: `problem` is what it would add (`activeName` names the environment it fills). */
export function fillRefusal(problem: LimitProblem, activeName: string | undefined): string {
  switch (problem.field) {
    case 'environments':
      return `Not set: no environment is active, and the list ${fullFact('environments')}. Pick an environment, or delete one you no longer need.`;
    case 'variables':
      return `Not set: ${quoted(activeName || 'Unnamed')} ${fullFact('variables')}. Remove ones it no longer needs, or pick another environment.`;
    case 'variable-name':
      return `Not set: this name ${pastLimitFact('variable-name', problem.size)}.`;
    case 'value':
      return `Not set: this value ${pastLimitFact('value', problem.size)}. Shorten it.`;
    case 'list-size':
      return `Not set: your environments together would ${pastLimitFact('list-size', problem.size)}. ${FIX['list-size']}.`;
    case 'id':
    case 'name':
      return `Not set: ${quoted(problem.environmentName || 'Unnamed')} is past a limit of the environment list. Fix it in the environment editor first.`;
  }
}

/** "is 65,537 characters long, and a value holds at most 65,536 (64 KiB)": what is past the limit on `field`. */
export function pastLimitFact(field: LimitField, size: number): string {
  return `${sizeFact(field, size)}, and ${LIMIT[field]}`;
}

/** How large a piece past the limit on `field` is: "is 65,537 characters long", "has 612 variables". */
export function sizeFact(field: LimitField, size: number): string {
  switch (field) {
    case 'environments':
      return `has ${count(size)} environments`;
    case 'list-size':
      return `hold ${count(size)} characters`;
    case 'id':
      return `has an id of ${count(size)} characters`;
    case 'variables':
      return `has ${count(size)} variables`;
    case 'name':
    case 'variable-name':
    case 'value':
      return `is ${count(size)} characters long`;
  }
}

/** The limit on `field` itself: "a value holds at most 65,536 (64 KiB)". */
export function limitFact(field: LimitField): string {
  return LIMIT[field];
}

/** The note where Add, New or typing stops at the limit on `field`, before anything is past it. */
export function fullNote(field: 'environments' | 'variables' | 'name'): string {
  return FULL[field];
}

/** "1,234" */
export function count(n: number): string {
  return n.toLocaleString('en');
}

/** A name in quotes, cut short when it is too long to read in a message. */
export function quoted(name: string): string {
  const max = 60;
  return `“${name.length > max ? `${name.slice(0, max - 1)}…` : name}”`;
}

const LIMIT: Readonly<Record<LimitField, string>> = {
  environments: `the list holds at most ${count(MOST.environments)}`,
  'list-size': `the list holds at most ${count(MOST['list-size'])}`,
  id: `an id holds 1 to ${count(MOST.id)}`,
  name: `a name holds at most ${count(MOST.name)}`,
  variables: `an environment holds at most ${count(MOST.variables)}`,
  'variable-name': `a variable name holds at most ${count(MOST['variable-name'])}`,
  value: `a value holds at most ${count(MOST.value)} (${MOST.value / 1024} KiB)`,
};

const FULL = {
  environments: `The list holds at most ${count(MOST.environments)} environments: delete ones you no longer need to add another.`,
  variables: `An environment holds at most ${count(MOST.variables)} variables. Remove ones it no longer needs, or start another environment for the rest.`,
  name: `A name holds at most ${count(MOST.name)} characters; what is typed past that is not taken.`,
} as const;

/** "already holds 500 variables, the most an environment can" */
function fullFact(field: 'environments' | 'variables'): string {
  return field === 'environments' ? `already holds ${count(MOST.environments)} environments, the most it can` : `already holds ${count(MOST.variables)} variables, the most an environment can`;
}

const HERE: Readonly<Record<LimitField, string>> = {
  environments: 'the list',
  'list-size': 'your environments together',
  id: 'this environment',
  name: 'this name',
  variables: 'this environment',
  'variable-name': 'this variable name',
  value: 'this value',
};

function where(problem: LimitProblem): string {
  const environment = quoted(problem.environmentName || 'Unnamed');
  const variable = quoted(problem.variableName || 'unnamed');
  switch (problem.field) {
    case 'environments':
      return 'your environment list';
    case 'list-size':
      return HERE['list-size'];
    case 'id':
    case 'variables':
      return `the environment ${environment}`;
    case 'name':
      return `the name of ${environment}`;
    case 'variable-name':
      return `the variable name ${variable} in ${environment}`;
    case 'value':
      return `the value of ${variable} in ${environment}`;
  }
}

const FIX: Readonly<Record<LimitField, string>> = {
  environments: 'Delete environments you no longer need',
  'list-size': 'Remove large values you no longer need',
  id: 'Delete it, or give it a shorter id in environments.json',
  name: 'Shorten it',
  variables: 'Remove variables it no longer needs, or move some to another environment',
  'variable-name': 'Shorten it',
  value: 'Shorten it, or remove the variable',
};

// What stands in the file meanwhile, so the person knows what a restart would show.
const LEFT_OUT: Readonly<Record<LimitField, string>> = {
  environments: `the environments past the ${count(MOST.environments)}th are not saved`,
  'list-size': 'it is not saved',
  id: 'this environment is not saved',
  name: 'the environment is saved without a name',
  variables: `the variables past the ${count(MOST.variables)}th are not saved`,
  'variable-name': 'this variable is not saved',
  value: 'this variable is not saved',
};

function next({ field, outcome }: LimitProblem): string {
  const meanwhile =
    outcome === 'kept'
      ? `the file keeps the ${field === 'name' ? 'name' : 'value'} it last saved, and your other changes are saved`
      : outcome === 'left-out'
        ? `${LEFT_OUT[field]}, and your other changes are saved`
        : field === 'list-size'
          ? 'no change to your environments is saved'
          : 'no change to your environments is saved, so that the file does not lose it';
  return `${FIX[field]}; until then ${meanwhile}`;
}
