import { describe, expect, it } from 'vitest';
import { environmentsFromImport } from '../../../../shared/environments/from-import';

describe('from-import', () => {
  it('makes one environment per imported one, secrets marked and their missing values empty', () => {
    let n = 0;
    const made = environmentsFromImport([{ name: 'Staging', variables: [{ key: 'baseUrl', value: 'https://staging.example.com' }, { key: 'apiKey', secret: true }] }], [], () => `id-${(n += 1)}`);
    expect(made).toEqual([{ id: 'id-1', name: 'Staging', variables: [{ name: 'baseUrl', value: 'https://staging.example.com', secret: false }, { name: 'apiKey', value: '', secret: true }] }]);
  });

  it('never takes the name of an environment already in the list, nor of one made in the same import', () => {
    const existing = [{ id: 'a', name: 'Local', variables: [] }, { id: 'b', name: 'local (2)', variables: [] }];
    const made = environmentsFromImport([{ name: 'Local', variables: [] }, { name: 'Local', variables: [] }, { name: 'Staging', variables: [] }], existing, () => 'x');
    expect(made.map((e) => e.name)).toEqual(['Local (3)', 'Local (4)', 'Staging']);
  });
});
