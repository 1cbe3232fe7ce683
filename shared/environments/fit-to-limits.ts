/**
 * The environment list as it can be saved. env:save refuses a list past its limits as a whole, so one
 * value pasted past 64 KiB used to cost every later edit of every environment. Instead, a piece past a
 * limit is kept out of the save and reported, and the rest of the list saves as usual:
 *
 * - the piece on screen is left as typed (cutting a pasted token or certificate would leave a broken
 *   value that looks right, and the person would lose the text they meant to shorten themselves);
 * - the file keeps what it last saved at that place ('kept'), or the piece stays out of it when it was
 *   never saved ('left-out');
 * - when the file itself already holds the piece past the limit (a hand-edited file), saving the rest
 *   would drop it from the file, so nothing is saved until it is fixed ('held'), and the person is told
 *   which environment and variable to fix.
 */
import { MOST, pastLimit, savedChars, savedListChars, variablePastLimit, type LimitField } from './environment-limits';
import type { Environment, EnvironmentVariable } from './substitute';

/** What becomes of a piece past a limit until the person fixes it. */
export type Outcome = 'kept' | 'left-out' | 'held';

/** A piece of the list past a limit. */
export interface LimitProblem {
  readonly field: LimitField;
  /** The environment it is in; undefined for the list's own limits. */
  readonly environmentId?: string;
  /** Its environment's name as it is now, to say where it is away from the editor. */
  readonly environmentName?: string;
  /** Which variable, by its row in the editor. */
  readonly variableIndex?: number;
  /** That variable's name. */
  readonly variableName?: string;
  /** How large it is now: characters, variables or environments. */
  readonly size: number;
  readonly outcome: Outcome;
}

export interface FittedList {
  /** What env:save can take; undefined when saving would drop something the file holds ('held'). */
  readonly environments?: readonly Environment[];
  readonly problems: readonly LimitProblem[];
}

/**
 * Each environment's fit, remembered by the environment and the saved one it was fitted against. The
 * list is immutable and an edit replaces only the environment edited, so with a memo a keystroke
 * fits that one environment and takes the others' fits as they were.
 */
export type FitMemo = WeakMap<Environment, EnvironmentFit>;

interface EnvironmentFit {
  readonly saved: Environment | undefined;
  readonly fitted: Environment | undefined;
  readonly problems: readonly LimitProblem[];
  /** The characters `fitted` takes in an env:save request. */
  readonly chars: number;
}

/** An empty memo for fitToLimits, to keep while the list is edited. */
export function fitMemo(): FitMemo {
  return new WeakMap();
}

/** `current` made to fit the limits, with `saved` (what the file holds) standing in for what does not. */
export function fitToLimits(current: readonly Environment[], saved: readonly Environment[], memo?: FitMemo): FittedList {
  const problems: LimitProblem[] = [];
  const savedById = new Map(saved.map((environment) => [environment.id, environment]));
  if (pastLimit('environments', current.length)) problems.push({ field: 'environments', size: current.length, outcome: pastLimit('environments', saved.length) ? 'held' : 'left-out' });
  const fitted: Environment[] = [];
  let chars = savedListChars([]);
  // New environments join at the end, so those past the limit are the newest.
  for (const environment of current.slice(0, MOST.environments)) {
    const fit = fitOnce(environment, savedById.get(environment.id), memo);
    problems.push(...fit.problems);
    if (fit.fitted === undefined) continue;
    fitted.push(fit.fitted);
    chars += fit.chars;
  }
  if (problems.some((problem) => problem.outcome === 'held')) return { problems };
  if (pastLimit('list-size', chars)) return { problems: [...problems, { field: 'list-size', size: chars, outcome: 'held' }] };
  return { environments: fitted, problems };
}

function fitOnce(environment: Environment, saved: Environment | undefined, memo: FitMemo | undefined): EnvironmentFit {
  const remembered = memo?.get(environment);
  if (remembered !== undefined && remembered.saved === saved) return remembered;
  const problems: LimitProblem[] = [];
  const fitted = fitEnvironment(environment, saved, problems);
  const fit = { saved, fitted, problems, chars: fitted === undefined ? 0 : savedChars(fitted) };
  memo?.set(environment, fit);
  return fit;
}

function fitEnvironment(environment: Environment, saved: Environment | undefined, problems: LimitProblem[]): Environment | undefined {
  const where = { environmentId: environment.id, environmentName: environment.name };
  if (pastLimit('id', environment.id.length)) {
    problems.push({ ...where, field: 'id', size: environment.id.length, outcome: saved === undefined ? 'left-out' : 'held' });
    return undefined;
  }
  let name = environment.name;
  if (pastLimit('name', name.length)) {
    const outcome = saved === undefined ? 'left-out' : pastLimit('name', saved.name.length) ? 'held' : 'kept';
    problems.push({ ...where, field: 'name', size: name.length, outcome });
    name = saved?.name ?? '';
  }
  if (pastLimit('variables', environment.variables.length)) {
    problems.push({ ...where, field: 'variables', size: environment.variables.length, outcome: pastLimit('variables', saved?.variables.length ?? 0) ? 'held' : 'left-out' });
  }
  const variables: EnvironmentVariable[] = [];
  // Looked up by name once per variable: this runs at each keystroke, over up to 500 variables.
  const savedByName = new Map<string, EnvironmentVariable>();
  for (const each of saved?.variables ?? []) if (!savedByName.has(each.name)) savedByName.set(each.name, each);
  // Variables are added at the end, so those past the limit are the newest.
  environment.variables.slice(0, MOST.variables).forEach((variable, index) => {
    const fit = fitVariable(variable, savedByName.get(variable.name), (problem) => problems.push({ ...where, variableIndex: index, variableName: variable.name, ...problem }));
    if (fit !== undefined) variables.push(fit);
  });
  const unchanged = name === environment.name && variables.length === environment.variables.length && variables.every((variable, index) => variable === environment.variables[index]);
  return unchanged ? environment : { ...environment, name, variables };
}

// A variable is matched with the saved one of the same name: rows have no id, and a name is what
// {{name}} refers to.
function fitVariable(variable: EnvironmentVariable, saved: EnvironmentVariable | undefined, report: (problem: Pick<LimitProblem, 'field' | 'size' | 'outcome'>) => void): EnvironmentVariable | undefined {
  switch (variablePastLimit(variable)) {
    case 'variable-name':
      report({ field: 'variable-name', size: variable.name.length, outcome: saved === undefined ? 'left-out' : 'held' });
      return undefined;
    case 'value': {
      const outcome = saved === undefined ? 'left-out' : pastLimit('value', saved.value.length) ? 'held' : 'kept';
      report({ field: 'value', size: variable.value.length, outcome });
      return saved === undefined ? undefined : { ...variable, value: saved.value };
    }
    case undefined:
      return variable;
  }
}
