import { describe, expect, it } from 'vitest';
import { fromPostmanEnvironment, isPostmanEnvironment, postmanEnvironmentFromText, postmanEnvironmentValues } from '../../../../shared/environments/postman-environment';

const exported = {
  id: '5f1c',
  name: 'Staging',
  values: [
    { key: 'baseUrl', value: 'http://127.0.0.1:8000', type: 'default', enabled: true },
    { key: 'token', value: 's3cr3t', type: 'secret', enabled: true },
    { key: 'old', value: 'x', type: 'default', enabled: false },
    { key: 'retries', value: 3, type: 'default' },
  ],
  _postman_variable_scope: 'environment',
  _postman_exported_using: 'Postman/10.0',
};

describe('postman-environment', () => {
  it('reads an exported environment with its secrets kept secret and disabled values left out', () => {
    expect(fromPostmanEnvironment(exported)).toEqual({
      name: 'Staging',
      variables: [
        { key: 'baseUrl', value: 'http://127.0.0.1:8000' },
        { key: 'token', value: 's3cr3t', secret: true },
        { key: 'retries', value: '3' },
      ],
    });
  });

  it('keeps each value\'s description, written as text or as {content}, and drops an empty one', () => {
    const values = [
      { key: 'baseUrl', value: 'http://127.0.0.1:8000', description: 'Where the API runs' },
      { key: 'token', value: 't', type: 'secret', description: { content: 'From the vault', type: 'text/plain' } },
      { key: 'blank', value: 'b', description: '' },
    ];
    expect(postmanEnvironmentValues({ values })).toEqual([
      { key: 'baseUrl', value: 'http://127.0.0.1:8000', description: 'Where the API runs' },
      { key: 'token', value: 't', secret: true, description: 'From the vault' },
      { key: 'blank', value: 'b' },
    ]);
  });

  it('tells an environment from a collection and from other JSON', () => {
    expect(isPostmanEnvironment(exported)).toBe(true);
    expect(isPostmanEnvironment({ name: 'Plain', values: [] })).toBe(true);
    expect(isPostmanEnvironment({ info: { name: 'c' }, item: [], values: [] })).toBe(false);
    expect(isPostmanEnvironment({ values: [{ key: 'a' }], _postman_variable_scope: 'globals' })).toBe(false);
    expect(isPostmanEnvironment({ name: 'x', values: [{ value: 'no key' }] })).toBe(false);
    expect(isPostmanEnvironment([])).toBe(false);
  });

  it('reads text, naming a nameless environment after its file', () => {
    expect(postmanEnvironmentFromText(JSON.stringify({ ...exported, name: '' }), 'dir/Local.postman_environment.json')?.name).toBe('Local');
    expect(postmanEnvironmentFromText(JSON.stringify(exported))?.name).toBe('Staging');
    expect(postmanEnvironmentFromText('curl https://example.com')).toBeUndefined();
    expect(postmanEnvironmentFromText('{ broken')).toBeUndefined();
  });
});
