import { describe, expect, it } from 'vitest';
import { base64Utf8 } from '../../../../shared/auth/base64';
import { newCollection, newFolder, newSavedRequest } from '../../../../shared/collections/collection-tree';
import { missingSecrets, secretReferences } from '../../../../shared/collections/secret-references';
import { fromPostman } from '../../../../shared/collections/postman-import';
import { toPostman } from '../../../../shared/collections/postman-export';
import { collectionForDisk, folderForDisk, isReference, requestForDisk, secretsWarning, treeForDisk, withNeededVariables } from '../../../../shared/collections/secrets';

const base = newSavedRequest({ name: 'r', method: 'POST', url: 'http://127.0.0.1:1/items' });

describe('secrets', () => {
  it('saves typed auth credentials as references and lists the secrets the request needs', () => {
    expect(requestForDisk({ ...base, auth: { type: 'bearer', token: 'tok-123' } })).toMatchObject({ auth: { type: 'bearer', token: '{{bearerToken}}' }, needsSecrets: ['bearerToken'] });
    expect(requestForDisk({ ...base, auth: { type: 'basic', username: 'ann', password: 'pw-123' } })).toMatchObject({ auth: { type: 'basic', username: 'ann', password: '{{basicPassword}}' }, needsSecrets: ['basicPassword'] });
    expect(requestForDisk({ ...base, auth: { type: 'apikey', name: 'X-Api-Key', value: 'key-123', in: 'header' } })).toMatchObject({ auth: { value: '{{X-Api-Key}}' }, needsSecrets: ['X-Api-Key'] });
    expect(requestForDisk({ ...base, auth: { type: 'oauth2', grantType: 'client_credentials', clientId: 'app', clientSecret: 'cs-123', accessToken: 'at-123' } })).toMatchObject({
      auth: { clientId: 'app', clientSecret: '{{oauth2ClientSecret}}', accessToken: '{{oauth2AccessToken}}' },
      needsSecrets: ['oauth2AccessToken', 'oauth2ClientSecret'],
    });
  });

  it('saves a Digest password, an AWS secret key and session token as references, and the rest as typed', () => {
    expect(requestForDisk({ ...base, auth: { type: 'digest', username: 'ann', password: 'pw-123' } })).toMatchObject({ auth: { type: 'digest', username: 'ann', password: '{{digestPassword}}' }, needsSecrets: ['digestPassword'] });
    expect(requestForDisk({ ...base, auth: { type: 'awsv4', accessKey: 'AKID1', secretKey: 'sk-123', sessionToken: 'st-123', region: 'eu-west-1', service: 's3' } })).toMatchObject({
      auth: { type: 'awsv4', accessKey: 'AKID1', secretKey: '{{awsSecretKey}}', sessionToken: '{{awsSessionToken}}', region: 'eu-west-1', service: 's3' },
      needsSecrets: ['awsSecretKey', 'awsSessionToken'],
    });
    const known = [{ value: 'sk-from-env', name: 'awsSecret' }];
    expect(requestForDisk({ ...base, auth: { type: 'awsv4', accessKey: 'AKID1', secretKey: 'sk-from-env', region: 'r', service: 's' } }, known)).toMatchObject({ auth: { secretKey: '{{awsSecret}}' }, needsSecrets: ['awsSecret'] });
  });

  it('saves credentials typed into the URL as references, byte for byte around them', () => {
    const saved = requestForDisk({ ...base, url: '{{baseUrl}}/x?api_key=k%2F1&page=2&access_token=at-1&token={{token}}&page_token=p2#top' });
    expect(saved).toMatchObject({ url: '{{baseUrl}}/x?api_key={{api_key}}&page=2&access_token={{access_token}}&token={{token}}&page_token=p2#top', needsSecrets: ['access_token', 'api_key'] });
  });

  it('saves credential body fields as references: a form, form fields, multipart text parts and JSON', () => {
    const form = requestForDisk({ ...base, body: { mode: 'raw', mediaType: 'application/x-www-form-urlencoded', text: 'username=alice&password=wonderland' } });
    expect(form).toMatchObject({ body: { text: 'username=alice&password={{password}}' }, needsSecrets: ['password'] });
    const fields = requestForDisk({ ...base, body: { mode: 'urlencoded', fields: [{ name: 'client_secret', value: 'cs-1' }, { name: 'scope', value: 'read' }] } });
    expect(fields).toMatchObject({ body: { fields: [{ name: 'client_secret', value: '{{client_secret}}' }, { name: 'scope', value: 'read' }] }, needsSecrets: ['client_secret'] });
    const parts = requestForDisk({ ...base, body: { mode: 'form-data', parts: [{ name: 'password', value: 'mp-1' }, { name: 'avatar', file: 'a.png' }] } });
    expect(parts.body).toEqual({ mode: 'form-data', parts: [{ name: 'password', value: '{{password}}' }, { name: 'avatar', file: 'a.png' }] });
    const json = requestForDisk({ ...base, body: { mode: 'raw', mediaType: 'application/json', text: '{"user": {"name": "ann", "password": "pw-2"}, "api_key": "{{api_key}}"}' } });
    expect(json).toMatchObject({ body: { text: '{"user": {"name": "ann", "password": "{{password}}"}, "api_key": "{{api_key}}"}' }, needsSecrets: ['password'] });
    expect(requestForDisk(json)).toEqual(json);
  });

  it('keeps an Idempotency-Key header as it is: it is no credential', () => {
    const headers = [{ name: 'Idempotency-Key', value: 'held-out-key-1' }];
    expect(requestForDisk({ ...base, headers })).toEqual({ ...base, headers });
  });

  it('names in the import note the secret variables whose values stay out of the files', () => {
    const tree = { collection: newCollection('c', { variables: [{ key: 'password', value: 'pw', secret: true }, { key: 'plain', value: 'p' }] }), items: [] };
    expect(secretsWarning(tree)).toContain('(password)');
    expect(secretsWarning({ ...tree, collection: newCollection('c', { variables: [{ key: 'plain', value: 'p' }] }) })).toBeUndefined();
  });

  it('has no import note for an export read back: it held only {{references}}', () => {
    const request = { ...base, auth: { type: 'bearer' as const, token: 'typed-tok-1' } };
    const exported = toPostman(withNeededVariables(treeForDisk({ collection: newCollection('Shop'), items: [{ kind: 'request', request }] })));
    const back = fromPostman(exported);
    if (!back.ok) throw new Error(back.message);
    expect(JSON.stringify(back.tree)).toContain('{{bearerToken}}');
    expect(secretsWarning(back.tree)).toBeUndefined();
    // A value in clear beside a reference is still named.
    const mixed = { ...base, auth: { type: 'bearer' as const, token: '{{bearerToken}}' }, headers: [{ name: 'X-Api-Key', value: 'k-clear-1' }], needsSecrets: ['bearerToken'] };
    expect(secretsWarning({ collection: newCollection('c'), items: [{ kind: 'request', request: mixed }] })).toContain('(X-Api-Key)');
  });

  it('leaves references, empty values and requests without credentials as they are', () => {
    const referenced = { ...base, auth: { type: 'bearer' as const, token: '{{ token }}' } };
    expect(requestForDisk(referenced)).toEqual(referenced);
    expect(requestForDisk(base)).toEqual(base);
    expect(isReference(' {{a.b-c}} ')).toBe(true);
    expect(isReference('x{{a}}')).toBe(false);
  });

  it('keeps cookies whose every value is a reference, as an imported API key cookie is written', () => {
    const out = requestForDisk({ ...base, headers: [{ name: 'Cookie', value: 'sid={{session}}; theme={{theme}}' }], settings: { cookies: 'sid={{session}}' } });
    expect(out.headers).toEqual([{ name: 'Cookie', value: 'sid={{session}}; theme={{theme}}' }]);
    expect(out.settings?.cookies).toBe('sid={{session}}');
    expect(out.needsSecrets).toBeUndefined();
    expect(requestForDisk({ ...base, settings: { cookies: 'sid={{session}}; theme=dark' } }).settings?.cookies).toBe('{{cookie}}');
  });

  it('replaces credentials in credential headers and cookies, keeping the scheme word', () => {
    const out = requestForDisk({
      ...base,
      headers: [
        { name: 'Authorization', value: 'Bearer abc.def' },
        { name: 'X-Api-Key', value: 'k-999' },
        { name: 'Accept', value: 'application/json' },
        { name: 'Cookie', value: 'sid=s3cret' },
      ],
      settings: { cookies: 'sid=s3cret' },
    });
    expect(out.headers).toEqual([
      { name: 'Authorization', value: 'Bearer {{bearerToken}}' },
      { name: 'X-Api-Key', value: '{{X-Api-Key}}' },
      { name: 'Accept', value: 'application/json' },
      { name: 'Cookie', value: '{{cookie}}' },
    ]);
    expect(out.settings?.cookies).toBe('{{cookie}}');
    expect(out.needsSecrets).toEqual(['X-Api-Key', 'bearerToken', 'cookie']);
  });

  it('keeps a cookie whose every value is a {{reference}}, and hides one that holds any value in clear', () => {
    const out = requestForDisk({ ...base, headers: [{ name: 'Cookie', value: 'session={{sess}}; theme={{theme}}' }] });
    expect(out.headers).toEqual([{ name: 'Cookie', value: 'session={{sess}}; theme={{theme}}' }]);
    expect(out.needsSecrets ?? []).toEqual([]);
    expect(requestForDisk({ ...base, headers: [{ name: 'Cookie', value: 'session={{sess}}; sid=s3cret' }] }).headers).toEqual([{ name: 'Cookie', value: '{{cookie}}' }]);
  });

  it('replaces known secret values anywhere (URL, body, form fields) by their variable, and is idempotent', () => {
    const known = [{ value: 'sekrit-value', name: 'apiToken' }];
    const request = { ...base, url: 'http://h/items?api_key=sekrit-value', body: { mode: 'raw' as const, mediaType: 'application/json', text: '{"t":"sekrit-value"}' } };
    const out = requestForDisk(request, known);
    expect(out.url).toBe('http://h/items?api_key={{apiToken}}');
    expect(out.body).toMatchObject({ text: '{"t":"{{apiToken}}"}' });
    expect(out.needsSecrets).toEqual(['apiToken']);
    expect(requestForDisk(out, known)).toEqual(out);
    const form = requestForDisk({ ...base, body: { mode: 'urlencoded', fields: [{ name: 'p', value: 'sekrit-value' }] } }, known);
    expect(JSON.stringify(form)).not.toContain('sekrit-value');
  });

  it('scrubs folder and collection auth, secret variables and whole trees', () => {
    expect(folderForDisk(newFolder('f', { auth: { type: 'bearer', token: 'ftok' } })).auth).toEqual({ type: 'bearer', token: '{{bearerToken}}' });
    const collection = newCollection('c', { auth: { type: 'basic', username: 'u', password: 'cpw' }, variables: [{ key: 's', value: 'sval', secret: true }, { key: 'p', value: 'plain' }] });
    expect(collectionForDisk(collection)).toMatchObject({ auth: { password: '{{basicPassword}}' }, variables: [{ key: 's', secret: true }, { key: 'p', value: 'plain' }] });
    const tree = treeForDisk({ collection, items: [{ kind: 'folder', folder: newFolder('f'), items: [{ kind: 'request', request: { ...base, auth: { type: 'bearer', token: 'deep-tok' } } }] }] });
    expect(JSON.stringify(tree)).not.toMatch(/deep-tok|cpw|sval/);
  });

  it('names the editor secrets: environment secrets by their name, typed credentials by scheme and field', () => {
    const env = { id: 'e', name: 'dev', variables: [{ name: 'token', value: 'env-tok', secret: true }, { name: 'host', value: 'h', secret: false }] };
    const refs = secretReferences(env, { bearerAuth: { token: '{{token}}' }, basicAuth: { username: 'ann', password: 'typed-pw' } });
    expect(refs).toEqual([
      { value: 'env-tok', name: 'token' },
      { value: 'typed-pw', name: 'basicAuth.password' },
    ]);
    expect(missingSecrets(['token', 'basicAuth.password'], env)).toEqual(['basicAuth.password']);
  });
});

describe('secrets: what the editor saves', () => {
  it('saves a request built with typed credentials with references only', () => {
    const env = { id: 'e', name: 'dev', variables: [{ name: 'apiKey', value: 'env-key-777', secret: true }] };
    const refs = secretReferences(env, { bearerAuth: { token: 'typed-token-555' }, basicAuth: { username: 'ann', password: 'pässword 1' }, keyAuth: { apiKey: '{{apiKey}}' } });
    const built = newSavedRequest({
      name: 'x',
      method: 'GET',
      url: '{{baseUrl}}/items?api_key=env-key-777',
      headers: [
        { name: 'Authorization', value: 'Bearer typed-token-555' },
        { name: 'X-Other', value: 'v' },
      ],
    });
    const saved = requestForDisk(built, refs);
    expect(JSON.stringify(saved)).not.toMatch(/typed-token-555|env-key-777/);
    expect(saved.url).toBe('{{baseUrl}}/items?api_key={{apiKey}}');
    expect(saved.headers[0]).toEqual({ name: 'Authorization', value: 'Bearer {{bearerAuth.token}}' });
    expect(saved.needsSecrets).toEqual(['apiKey', 'bearerAuth.token']);
  });

  it('turns a Basic header into basic auth so only the password becomes a reference', () => {
    const refs = secretReferences(undefined, { basicAuth: { username: 'ann', password: 'pässword 1' } });
    const header = { name: 'Authorization', value: `Basic ${base64Utf8('ann:pässword 1')}` };
    const saved = requestForDisk({ ...base, headers: [header] }, refs);
    expect(saved.headers).toEqual([]);
    expect(saved.auth).toEqual({ type: 'basic', username: 'ann', password: '{{basicAuth.password}}' });
    expect(saved.needsSecrets).toEqual(['basicAuth.password']);
    // Without a known name: the generic one. A header that is not Base64 of user:password stays a header, referenced.
    expect(requestForDisk({ ...base, headers: [header] }).auth).toEqual({ type: 'basic', username: 'ann', password: '{{basicPassword}}' });
    expect(requestForDisk({ ...base, headers: [{ name: 'Authorization', value: 'Basic !!' }] }).headers).toEqual([{ name: 'Authorization', value: 'Basic {{basicCredentials}}' }]);
  });
});
