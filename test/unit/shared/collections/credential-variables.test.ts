import { describe, expect, it } from 'vitest';
import { newCollection, newFolder, newSavedRequest } from '../../../../shared/collections/collection-tree';
import { credentialVariablesOf, withCredentialVariablesSecret } from '../../../../shared/collections/credential-variables';

describe('credential-variables', () => {
  it('finds variables by where a request uses them: auth, credential headers, credential query values, cookies', () => {
    const request = newSavedRequest({
      name: 'r',
      method: 'GET',
      url: '{{baseUrl}}/x?api_key={{urlKey}}&page={{page}}',
      headers: [
        { name: 'X-API-Key', value: '{{apiKey}}' },
        { name: 'Authorization', value: 'Bearer {{token}}' },
        { name: 'X-Shop', value: '{{shop}}' },
        { name: 'Idempotency-Key', value: '{{opKey}}' },
        { name: 'X-Trace', value: '{{$guid}}' },
      ],
      auth: { type: 'basic', username: '{{user}}', password: '{{pass}}' },
      settings: { cookies: 'sid={{sid}}' },
    });
    expect(credentialVariablesOf(request).sort()).toEqual(['apiKey', 'pass', 'sid', 'token', 'urlKey']);
  });

  it('marks those variables secret on the collection and its folders, and the requests say they need them', () => {
    const tree = withCredentialVariablesSecret({
      collection: newCollection('c', { variables: [{ key: 'apiKey', value: 'secret-key' }, { key: 'baseUrl', value: 'http://h' }, { key: 'clientSecret', value: 'cs' }], auth: { type: 'bearer', token: '{{folderToken}}' } }),
      items: [
        {
          kind: 'folder',
          folder: newFolder('f', { variables: [{ key: 'folderToken', value: 'ft' }, { key: 'region', value: 'eu' }] }),
          items: [{ kind: 'request', request: newSavedRequest({ name: 'r', method: 'GET', url: '{{baseUrl}}/x', headers: [{ name: 'X-API-Key', value: '{{apiKey}}' }] }) }],
        },
      ],
    });
    expect(tree.collection.variables).toEqual([{ key: 'apiKey', value: 'secret-key', secret: true }, { key: 'baseUrl', value: 'http://h' }, { key: 'clientSecret', value: 'cs', secret: true }]);
    const [folder] = tree.items;
    expect(folder?.kind === 'folder' && folder.folder.variables).toEqual([{ key: 'folderToken', value: 'ft', secret: true }, { key: 'region', value: 'eu' }]);
    expect(folder?.kind === 'folder' && folder.items[0]).toMatchObject({ request: { needsSecrets: ['apiKey'] } });
  });
});
