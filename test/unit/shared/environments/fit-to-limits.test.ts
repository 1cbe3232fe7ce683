import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_LIMITS, savedListChars } from '../../../../shared/environments/environment-limits';
import { fitMemo, fitToLimits } from '../../../../shared/environments/fit-to-limits';
import type { Environment } from '../../../../shared/environments/substitute';
import { envSaveInput } from '../../../../shared/ipc/contract';
import { budgetFor, exceedsBudget } from '../../../../shared/ipc/input-budget';

const TOO_LONG = 'x'.repeat(ENVIRONMENT_LIMITS.valueChars + 1);
const variable = (name: string, value: string, secret = false) => ({ name, value, secret });
const big: Environment = { id: 'big', name: 'Big', variables: [variable('blob', 'small'), variable('other', 'kept')] };
const small: Environment = { id: 'small', name: 'Small', variables: [variable('baseUrl', 'http://one.test')] };

/** True when env:save would take `environments`, as the dispatcher checks it (budget, then schema). */
function accepted(environments: readonly Environment[] | undefined): boolean {
  const input = { environments, persistPlainSecrets: false };
  return environments !== undefined && exceedsBudget(input, budgetFor('env:save')) === undefined && envSaveInput.safeParse(input).success;
}

describe('fit-to-limits', () => {
  it('leaves a list within the limits as it is, with no problem', () => {
    const list = [big, small];
    const fit = fitToLimits(list, list);
    expect(fit.problems).toEqual([]);
    expect(fit.environments).toEqual(list);
    expect(fit.environments?.[0]).toBe(big);
  });

  it('keeps the last saved value in place of one past the limit, and saves every other edit', () => {
    const edited = [{ ...big, variables: [variable('blob', TOO_LONG), variable('other', 'changed')] }, { ...small, variables: [variable('baseUrl', 'http://two.test')] }];
    const fit = fitToLimits(edited, [big, small]);
    expect(fit.environments).toEqual([{ ...big, variables: [variable('blob', 'small'), variable('other', 'changed')] }, edited[1]]);
    expect(fit.problems).toEqual([{ field: 'value', environmentId: 'big', environmentName: 'Big', variableIndex: 0, variableName: 'blob', size: TOO_LONG.length, outcome: 'kept' }]);
    expect(accepted(fit.environments)).toBe(true);
  });

  it('leaves out a variable never saved whose value is past the limit, secret ones too', () => {
    const edited = [{ ...big, variables: [...big.variables, variable('cert', TOO_LONG, true)] }];
    const fit = fitToLimits(edited, [big]);
    expect(fit.environments).toEqual([big]);
    expect(fit.problems).toMatchObject([{ field: 'value', variableIndex: 2, variableName: 'cert', outcome: 'left-out' }]);
  });

  it('keeps the saved name of an environment whose name is past the limit, and leaves out a variable name past it', () => {
    const longName = 'n'.repeat(ENVIRONMENT_LIMITS.nameChars + 1);
    const edited = [{ ...big, name: longName, variables: [variable(longName, 'v'), ...big.variables] }];
    const fit = fitToLimits(edited, [big]);
    expect(fit.environments).toEqual([big]);
    expect(fit.problems).toMatchObject([
      { field: 'name', environmentId: 'big', size: longName.length, outcome: 'kept' },
      { field: 'variable-name', variableIndex: 0, outcome: 'left-out' },
    ]);
  });

  it('saves the first variables up to the limit and reports the count', () => {
    const max = ENVIRONMENT_LIMITS.variablesPerEnvironment;
    const many = Array.from({ length: max + 2 }, (_, i) => variable(`v${i}`, `${i}`));
    const fit = fitToLimits([{ ...small, variables: many }], [small]);
    expect(fit.environments?.[0]?.variables).toEqual(many.slice(0, max));
    expect(fit.problems).toMatchObject([{ field: 'variables', environmentId: 'small', size: max + 2, outcome: 'left-out' }]);
    expect(accepted(fit.environments)).toBe(true);
  });

  it('saves the first environments up to the limit and reports the count', () => {
    const max = ENVIRONMENT_LIMITS.environments;
    const list = Array.from({ length: max + 1 }, (_, i) => ({ id: `e${i}`, name: `E${i}`, variables: [] }));
    const fit = fitToLimits(list, list.slice(0, max));
    expect(fit.environments).toEqual(list.slice(0, max));
    expect(fit.problems).toEqual([{ field: 'environments', size: max + 1, outcome: 'left-out' }]);
  });

  it('saves nothing while the file itself holds a piece past a limit, so that a save does not drop it', () => {
    const onDisk = [{ ...big, variables: [variable('blob', TOO_LONG)] }, small];
    const edited = [onDisk[0] as Environment, { ...small, variables: [variable('baseUrl', 'http://two.test')] }];
    const fit = fitToLimits(edited, onDisk);
    expect(fit.environments).toBeUndefined();
    expect(fit.problems).toMatchObject([{ field: 'value', environmentName: 'Big', variableName: 'blob', outcome: 'held' }]);
    // Once shortened, everything saves.
    const fixed = fitToLimits([{ ...big, variables: [variable('blob', 'short')] }, edited[1] as Environment], onDisk);
    expect(fixed.problems).toEqual([]);
    expect(fixed.environments).toHaveLength(2);
  });

  it('holds every kind of piece the file has past its limit', () => {
    const longId = { id: 'i'.repeat(ENVIRONMENT_LIMITS.idChars + 1), name: 'Id', variables: [] };
    const held = (fit: ReturnType<typeof fitToLimits>) => ({ saves: fit.environments !== undefined, problems: fit.problems.map(({ field, outcome }) => ({ field, outcome })) });
    expect(held(fitToLimits([longId], [longId]))).toEqual({ saves: false, problems: [{ field: 'id', outcome: 'held' }] });
    expect(fitToLimits([longId], [])).toMatchObject({ environments: [], problems: [{ field: 'id', outcome: 'left-out' }] });
    const longName = { ...small, name: 'n'.repeat(ENVIRONMENT_LIMITS.nameChars + 1) };
    expect(held(fitToLimits([longName], [longName]))).toEqual({ saves: false, problems: [{ field: 'name', outcome: 'held' }] });
    const tooMany = { ...small, variables: Array.from({ length: ENVIRONMENT_LIMITS.variablesPerEnvironment + 1 }, (_, i) => variable(`v${i}`, '')) };
    expect(held(fitToLimits([tooMany], [tooMany]))).toEqual({ saves: false, problems: [{ field: 'variables', outcome: 'held' }] });
    const list = Array.from({ length: ENVIRONMENT_LIMITS.environments + 1 }, (_, i) => ({ id: `e${i}`, name: `E${i}`, variables: [] }));
    expect(held(fitToLimits(list, list))).toEqual({ saves: false, problems: [{ field: 'environments', outcome: 'held' }] });
  });

  it('saves nothing when the list as a whole is past the save budget', () => {
    const value = 'v'.repeat(ENVIRONMENT_LIMITS.valueChars);
    const perEnvironment = Math.ceil(ENVIRONMENT_LIMITS.savedChars / (ENVIRONMENT_LIMITS.variablesPerEnvironment * value.length)) + 1;
    const list = Array.from({ length: perEnvironment }, (_, e) => ({ id: `e${e}`, name: `E${e}`, variables: Array.from({ length: ENVIRONMENT_LIMITS.variablesPerEnvironment }, (_, i) => variable(`v${i}`, value)) }));
    const fit = fitToLimits(list, []);
    expect(fit.environments).toBeUndefined();
    expect(fit.problems).toEqual([{ field: 'list-size', size: savedListChars(list), outcome: 'held' }]);
  });

  it('comes to the same with a memo kept across edits, refitting what changed or was saved since', () => {
    const memo = fitMemo();
    const onDisk = [big, small];
    const same = (current: readonly Environment[], saved: readonly Environment[]) => expect(fitToLimits(current, saved, memo)).toEqual(fitToLimits(current, saved));
    same(onDisk, onDisk);
    const pasted = [{ ...big, variables: [variable('blob', TOO_LONG), variable('other', 'kept')] }, small];
    same(pasted, onDisk);
    // Typed on in another environment: the first keeps its remembered fit and problem.
    const typed = [pasted[0] as Environment, { ...small, name: 'n'.repeat(ENVIRONMENT_LIMITS.nameChars + 1) }];
    same(typed, onDisk);
    expect(fitToLimits(typed, onDisk, memo).problems.map((problem) => problem.field)).toEqual(['value', 'name']);
    // The file now holds the long value: the same environment is 'held', not 'kept'.
    const savedLong = [pasted[0] as Environment, small];
    same(typed, savedLong);
    expect(fitToLimits(typed, savedLong, memo).problems[0]?.outcome).toBe('held');
    // A removed environment takes its problems and its characters with it.
    same([small], onDisk);
  });

  it('counts the list size with a memo as without, up to the save budget', () => {
    const memo = fitMemo();
    const value = 'v'.repeat(ENVIRONMENT_LIMITS.valueChars);
    const environment = (e: number) => ({ id: `e${e}`, name: `E${e}`, variables: Array.from({ length: ENVIRONMENT_LIMITS.variablesPerEnvironment }, (_, i) => variable(`v${i}`, value)) });
    const fits = Math.floor(ENVIRONMENT_LIMITS.savedChars / savedListChars([environment(0)]));
    const list = Array.from({ length: fits }, (_, e) => environment(e));
    expect(fitToLimits(list, [], memo).problems).toEqual([]);
    const more = [...list, environment(fits)];
    expect(fitToLimits(more, [], memo)).toEqual({ problems: [{ field: 'list-size', size: savedListChars(more), outcome: 'held' }] });
  });
});
