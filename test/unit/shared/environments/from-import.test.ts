import { describe, expect, it } from 'vitest';
import type { ImportedEnvironment } from '../../../../shared/collections/collection-tree';
import { ENVIRONMENT_LIMITS } from '../../../../shared/environments/environment-limits';
import { environmentsFromImport, planEnvironmentImport } from '../../../../shared/environments/from-import';
import { refusalMessage } from '../../../../shared/environments/import-limits';
import type { Environment } from '../../../../shared/environments/substitute';

const tooMany = (name: string): ImportedEnvironment => ({ name, variables: Array.from({ length: ENVIRONMENT_LIMITS.variablesPerEnvironment + 1 }, (_, i) => ({ key: `v${i}`, value: 'x' })) });

describe('from-import', () => {
  it('makes one environment per imported one, secrets marked and their missing values empty', () => {
    let n = 0;
    const made = environmentsFromImport([{ name: 'Staging', variables: [{ key: 'baseUrl', value: 'https://staging.example.com' }, { key: 'apiKey', secret: true }] }], [], () => `id-${(n += 1)}`);
    expect(made).toEqual({ added: [{ id: 'id-1', name: 'Staging', variables: [{ name: 'baseUrl', value: 'https://staging.example.com', secret: false }, { name: 'apiKey', value: '', secret: true }] }], refused: [] });
  });

  it('never takes the name of an environment already in the list, nor of one made in the same import', () => {
    const existing = [{ id: 'a', name: 'Local', variables: [] }, { id: 'b', name: 'local (2)', variables: [] }];
    const made = environmentsFromImport([{ name: 'Local', variables: [] }, { name: 'Local', variables: [] }, { name: 'Staging', variables: [] }], existing, () => 'x');
    expect(made.added.map((e) => e.name)).toEqual(['Local (3)', 'Local (4)', 'Staging']);
  });

  it('leaves out an oversized environment, which takes no name, and adds the rest beside a clash', () => {
    const existing = [{ id: 'a', name: 'Staging', variables: [] }];
    const made = environmentsFromImport([tooMany('Staging'), { name: 'Staging', variables: [{ key: 'baseUrl', value: 'https://s.example.com' }] }, { name: 'Local', variables: [] }], existing, () => 'x');
    expect(made.added.map((e) => e.name)).toEqual(['Staging (2)', 'Local']);
    expect(made.refused.map(refusalMessage)).toEqual([
      'The environment “Staging” was not added: it has 501 variables, and an environment holds at most 500. Split it into smaller environments, or remove the variables it no longer needs, then import it again.',
    ]);
  });

  it('keeps a clashing long name within the name limit when it adds " (2)"', () => {
    const long = 'n'.repeat(ENVIRONMENT_LIMITS.nameChars);
    const made = environmentsFromImport([{ name: long, variables: [] }], [{ id: 'a', name: long, variables: [] }], () => 'x');
    expect(made.added[0]?.name).toBe(`${'n'.repeat(ENVIRONMENT_LIMITS.nameChars - 4)} (2)`);
  });

  it('adds no more environments than the list can keep, and says which were left out', () => {
    const existing: Environment[] = Array.from({ length: ENVIRONMENT_LIMITS.environments - 1 }, (_, i) => ({ id: `e${i}`, name: `Env ${i}`, variables: [] }));
    const made = environmentsFromImport([{ name: 'Last', variables: [] }, { name: 'One more', variables: [] }], existing, () => 'x');
    expect(made.added.map((e) => e.name)).toEqual(['Last']);
    expect(made.refused.map(refusalMessage)).toEqual(['The environment “One more” was not added: the environment list already holds 200, the most it can keep. Delete environments you no longer need, then import it again.']);
  });

  it('leaves out what would make the whole list larger than one save may carry', () => {
    // Each environment fits on its own; together they would pass the save's budget.
    const value = 'v'.repeat(ENVIRONMENT_LIMITS.valueChars);
    const perEnvironment = ENVIRONMENT_LIMITS.variablesPerEnvironment;
    const full = (name: string): ImportedEnvironment => ({ name, variables: Array.from({ length: perEnvironment }, (_, i) => ({ key: `v${i}`, value })) });
    const fits = Math.floor(ENVIRONMENT_LIMITS.savedChars / (perEnvironment * ENVIRONMENT_LIMITS.valueChars));
    const imported = Array.from({ length: fits + 1 }, (_, i) => full(`Big ${i}`));
    const made = environmentsFromImport([...imported, { name: 'Small', variables: [{ key: 'a', value: 'b' }] }], [], () => 'x');
    expect(made.added.map((e) => e.name)).toEqual([...imported.slice(0, fits).map((e) => e.name), 'Small']);
    expect(made.refused.map((r) => r.name)).toEqual([`Big ${fits}`]);
    expect(refusalMessage(made.refused[0] ?? { name: '', why: '', next: '' })).toMatch(/^The environment “Big \d+” was not added: with it, the environment list would be larger than it can save \(66 M characters in all\)\. Delete large values/);
  });

  it('tells the outcome of each imported environment in order, as the preview shows it before the import', () => {
    const existing: Environment[] = Array.from({ length: ENVIRONMENT_LIMITS.environments - 1 }, (_, i) => ({ id: `e${i}`, name: `E${i}`, variables: [] }));
    const imported = [tooMany('Huge'), { name: 'Staging', variables: [] }, { name: 'Local', variables: [] }];
    const outcomes = planEnvironmentImport(imported, existing, () => 'x');
    expect(outcomes.map((outcome) => outcome.imported)).toEqual(imported);
    expect(outcomes.map((outcome) => ('added' in outcome ? `added ${outcome.added.name}` : `refused: ${outcome.refused.why}`))).toEqual([
      'refused: it has 501 variables, and an environment holds at most 500',
      'added Staging',
      'refused: the environment list already holds 200, the most it can keep',
    ]);
    // The import itself comes to the same.
    const made = environmentsFromImport(imported, existing, () => 'x');
    expect(made.added.map((e) => e.name)).toEqual(['Staging']);
    expect(made.refused.map((refusal) => refusal.name)).toEqual(['Huge', 'Local']);
  });
});
