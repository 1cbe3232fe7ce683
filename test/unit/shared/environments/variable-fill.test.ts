import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_LIMITS } from '../../../../shared/environments/environment-limits';
import { fitMemo } from '../../../../shared/environments/fit-to-limits';
import type { Environment } from '../../../../shared/environments/substitute';
import { planVariableFill } from '../../../../shared/environments/variable-fill';

const variable = (name: string, value: string, secret = false) => ({ name, value, secret });
const dev: Environment = { id: 'dev', name: 'Dev', variables: [variable('baseUrl', 'http://one.test')] };
const full: Environment = { id: 'full', name: 'Full', variables: Array.from({ length: ENVIRONMENT_LIMITS.variablesPerEnvironment }, (_, i) => variable(`v${i}`, `${i}`)) };
const fullList: Environment[] = Array.from({ length: ENVIRONMENT_LIMITS.environments }, (_, i) => ({ id: `e${i}`, name: `E${i}`, variables: [] }));

describe('variable-fill', () => {
  it('adds the variable to the active environment, or sets the value of one of that name', () => {
    expect(planVariableFill([dev], 'dev', variable('token', 't', true), 'new')).toEqual({ kind: 'set-variables', id: 'dev', variables: [...dev.variables, variable('token', 't', true)] });
    expect(planVariableFill([dev], 'dev', variable('baseUrl', 'http://two.test'), 'new')).toEqual({ kind: 'set-variables', id: 'dev', variables: [variable('baseUrl', 'http://two.test')] });
  });

  it('makes an environment for it when none is active', () => {
    expect(planVariableFill([dev], undefined, variable('baseUrl', 'x'), 'new')).toEqual({ kind: 'add', env: { id: 'new', name: 'Environment 2', variables: [variable('baseUrl', 'x')] } });
  });

  it('refuses a 501st variable, and says where and what to do', () => {
    const plan = planVariableFill([full, dev], 'full', variable('extra', 'x'), 'new');
    expect(plan).toEqual({ kind: 'refused', reason: 'Not set: “Full” already holds 500 variables, the most an environment can. Remove ones it no longer needs, or pick another environment.' });
    // Setting one it already holds adds nothing, and goes ahead.
    expect(planVariableFill([full], 'full', variable('v3', 'changed'), 'new').kind).toBe('set-variables');
  });

  it('refuses a 201st environment when none is active, but fills an active one of a full list', () => {
    expect(planVariableFill(fullList, undefined, variable('baseUrl', 'x'), 'new')).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/^Not set: no environment is active, and the list already holds 200 environments/) });
    expect(planVariableFill(fullList, 'e0', variable('baseUrl', 'x'), 'new').kind).toBe('set-variables');
  });

  it('refuses a value or a name past its limit', () => {
    expect(planVariableFill([dev], 'dev', variable('blob', 'x'.repeat(ENVIRONMENT_LIMITS.valueChars + 1)), 'new')).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/^Not set: this value is 65,537 characters long/) });
    expect(planVariableFill([dev], 'dev', variable('n'.repeat(ENVIRONMENT_LIMITS.nameChars + 1), 'x'), 'new')).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/^Not set: this name is 201 characters long/) });
  });

  it('refuses what would take the list past its saved size', () => {
    const value = 'x'.repeat(ENVIRONMENT_LIMITS.valueChars);
    // Just under the list's size: one more full value takes it past.
    const many = Math.floor(ENVIRONMENT_LIMITS.savedChars / value.length) - 1;
    const heavy: Environment[] = [];
    for (let start = 0; start < many; start += 400) heavy.push({ id: `heavy${start}`, name: 'Heavy', variables: Array.from({ length: Math.min(400, many - start) }, (_, i) => variable(`b${start + i}`, value)) });
    const last = heavy.at(-1)?.id;
    expect(planVariableFill(heavy, last, variable('small', 'x'), 'new').kind).toBe('set-variables');
    expect(planVariableFill(heavy, last, variable('one-more', value), 'new')).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/^Not set: your environments together would hold/) });
  });

  it('does not blame the fill for a problem the list already has', () => {
    const long: Environment = { ...dev, name: 'N'.repeat(ENVIRONMENT_LIMITS.nameChars + 1) };
    expect(planVariableFill([long], 'dev', variable('token', 't'), 'new').kind).toBe('set-variables');
  });

  it('plans the same with a memo kept across fills as without', () => {
    const memo = fitMemo();
    const list = [full, dev];
    const fills = [variable('extra', 'x'), variable('v3', 'changed'), variable('blob', 'x'.repeat(ENVIRONMENT_LIMITS.valueChars + 1)), variable('baseUrl', 'y')];
    for (const active of ['full', 'dev', undefined]) {
      for (const fill of fills) expect(planVariableFill(list, active, fill, 'new', memo)).toEqual(planVariableFill(list, active, fill, 'new'));
    }
  });
});
