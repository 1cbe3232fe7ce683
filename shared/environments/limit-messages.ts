/** What a piece of the environment list past a limit is told as: beside its field, or away from it. */
import { ENVIRONMENT_LIMITS } from './environment-limits';
import type { LimitField, LimitProblem } from './fit-to-limits';
import { quoted } from './import-limits';

/** Beside the field: "Not saved: this value is 65,537 characters long, and a value holds at most 65,536 (64 KiB). Shorten it, …" */
export function fieldMessage(problem: LimitProblem): string {
  return `Not saved: ${HERE[problem.field]} ${fact(problem)}. ${next(problem)}.`;
}

/** Away from the field, saying where: "Not saved: the value of “blob” in “Big” is 65,537 characters long, …" */
export function listMessage(problem: LimitProblem): string {
  return `Not saved: ${where(problem)} ${fact(problem)}. ${next(problem)}.`;
}

/** "1,234" */
export function count(n: number): string {
  return n.toLocaleString('en');
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

function fact({ field, size }: LimitProblem): string {
  const limits = ENVIRONMENT_LIMITS;
  switch (field) {
    case 'environments':
      return `has ${count(size)} environments, and the list holds at most ${count(limits.environments)}`;
    case 'list-size':
      return `hold ${count(size)} characters, and the list holds at most ${count(limits.savedChars)}`;
    case 'id':
      return `has an id of ${count(size)} characters, and an id holds 1 to ${count(limits.idChars)}`;
    case 'name':
      return `is ${count(size)} characters long, and a name holds at most ${count(limits.nameChars)}`;
    case 'variables':
      return `has ${count(size)} variables, and an environment holds at most ${count(limits.variablesPerEnvironment)}`;
    case 'variable-name':
      return `is ${count(size)} characters long, and a variable name holds at most ${count(limits.nameChars)}`;
    case 'value':
      return `is ${count(size)} characters long, and a value holds at most ${count(limits.valueChars)} (${limits.valueChars / 1024} KiB)`;
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
  environments: `the environments past the ${count(ENVIRONMENT_LIMITS.environments)}th are not saved`,
  'list-size': 'it is not saved',
  id: 'this environment is not saved',
  name: 'the environment is saved without a name',
  variables: `the variables past the ${count(ENVIRONMENT_LIMITS.variablesPerEnvironment)}th are not saved`,
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
