import { describe, expect, it } from 'vitest';
import { atLimit, ENVIRONMENT_LIMITS, pastLimit, savedListChars, variablePastLimit } from '../../../../shared/environments/environment-limits';
import { envSaveInput } from '../../../../shared/ipc/contract';
import { budgetFor, exceedsBudget } from '../../../../shared/ipc/input-budget';

const environments = [
  { id: 'a1', name: 'Local', variables: [{ name: 'baseUrl', value: 'http://127.0.0.1:8000', secret: false }, { name: 'token', value: 't0k', secret: true }] },
  { id: 'b2', name: 'Empty', variables: [] },
];

describe('environment-limits', () => {
  it('counts the characters of a save as the input budget does, with the longest active id', () => {
    const request = { environments, activeId: 'i'.repeat(ENVIRONMENT_LIMITS.idChars), persistPlainSecrets: false };
    const chars = savedListChars(environments);
    expect(exceedsBudget(request, { ...budgetFor('env:save'), maxChars: chars })).toBeUndefined();
    expect(exceedsBudget(request, { ...budgetFor('env:save'), maxChars: chars - 1 })).toBeDefined();
  });

  it('are the very limits env:save accepts up to and refuses past', () => {
    const one = { id: 'a', name: 'n'.repeat(ENVIRONMENT_LIMITS.nameChars), variables: Array.from({ length: ENVIRONMENT_LIMITS.variablesPerEnvironment }, () => ({ name: 'k', value: 'v'.repeat(ENVIRONMENT_LIMITS.valueChars), secret: false })) };
    const save = (environment: typeof one) => envSaveInput.safeParse({ environments: [environment], persistPlainSecrets: false }).success;
    expect(save(one)).toBe(true);
    expect(save({ ...one, name: `${one.name}n` })).toBe(false);
    expect(save({ ...one, variables: [...one.variables, { name: 'k', value: '', secret: false }] })).toBe(false);
    expect(save({ ...one, variables: [{ name: 'k', value: 'v'.repeat(ENVIRONMENT_LIMITS.valueChars + 1), secret: false }] })).toBe(false);
    expect(save({ ...one, variables: [{ name: 'k'.repeat(ENVIRONMENT_LIMITS.nameChars + 1), value: '', secret: false }] })).toBe(false);
  });

  it('checks every limit the same way: past it is over the most, and an id must not be empty', () => {
    expect(pastLimit('value', ENVIRONMENT_LIMITS.valueChars)).toBe(false);
    expect(pastLimit('value', ENVIRONMENT_LIMITS.valueChars + 1)).toBe(true);
    expect(pastLimit('variables', ENVIRONMENT_LIMITS.variablesPerEnvironment + 1)).toBe(true);
    expect(pastLimit('environments', ENVIRONMENT_LIMITS.environments)).toBe(false);
    expect(pastLimit('list-size', ENVIRONMENT_LIMITS.savedChars + 1)).toBe(true);
    expect(pastLimit('id', 0)).toBe(true);
    expect(pastLimit('id', ENVIRONMENT_LIMITS.idChars)).toBe(false);
    expect(pastLimit('name', 0)).toBe(false);
  });

  it('is at a limit where one more would pass it, as Add and New stop', () => {
    expect(atLimit('environments', ENVIRONMENT_LIMITS.environments - 1)).toBe(false);
    expect(atLimit('environments', ENVIRONMENT_LIMITS.environments)).toBe(true);
    expect(atLimit('variables', ENVIRONMENT_LIMITS.variablesPerEnvironment)).toBe(true);
    expect(atLimit('name', ENVIRONMENT_LIMITS.nameChars - 1)).toBe(false);
  });

  it('tells a variable past its name limit before its value limit', () => {
    const long = 'x'.repeat(ENVIRONMENT_LIMITS.valueChars + 1);
    const longName = 'n'.repeat(ENVIRONMENT_LIMITS.nameChars + 1);
    expect(variablePastLimit({ name: 'ok', value: 'fine' })).toBeUndefined();
    expect(variablePastLimit({ name: 'ok', value: long })).toBe('value');
    expect(variablePastLimit({ name: longName, value: long })).toBe('variable-name');
  });
});
