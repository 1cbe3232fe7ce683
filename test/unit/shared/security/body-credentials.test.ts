import { describe, expect, it } from 'vitest';
import { bodyCredentialValues, credentialFields, replaceCredentialFields } from '../../../../shared/security/body-credentials';

const FORM = 'application/x-www-form-urlencoded';

describe('body-credentials', () => {
  it('finds the credential fields of a url-encoded form, decoded, and not the others', () => {
    expect(credentialFields(FORM, 'username=alice&password=won%20der+land&grant_type=password').map(({ name, value }) => ({ name, value }))).toEqual([{ name: 'password', value: 'won der land' }]);
    expect(credentialFields(FORM, 'client_secret=cs&refresh_token=rt&page_token=p&key=k').map((field) => field.name)).toEqual(['client_secret', 'refresh_token']);
  });

  it('finds string fields named like a credential at any depth of a JSON body', () => {
    const text = '{"user":{"name":"ann","password":"pw-1"},"apiKey":"k-2","token_type":"bearer","count":3,"secret":7}';
    expect(credentialFields('application/json; charset=utf-8', text).map(({ name, value }) => [name, value])).toEqual([
      ['password', 'pw-1'],
      ['apiKey', 'k-2'],
    ]);
    expect(credentialFields('text/plain', 'password=x')).toEqual([]);
  });

  it('replaces the values by their place, byte for byte around them', () => {
    expect(replaceCredentialFields(FORM, 'username=alice&password=wonderland&x=1', () => '{{password}}')).toBe('username=alice&password={{password}}&x=1');
    expect(replaceCredentialFields('application/json', '{ "password" : "p\\"w", "n": 1 }', () => '[redacted]')).toBe('{ "password" : "[redacted]", "n": 1 }');
    expect(replaceCredentialFields(FORM, 'password=ab', () => undefined)).toBe('password=ab');
  });

  it('lists the values of credential fields and multipart text parts, leaving empty ones', () => {
    expect(bodyCredentialValues({ mediaType: 'multipart/form-data', text: '', parts: [{ name: 'password', value: 'mp-1' }, { name: 'note', value: 'n' }, { name: 'secret', value: '' }] })).toEqual(['mp-1']);
    expect(bodyCredentialValues({ mediaType: FORM, text: 'password=&token=t-1' })).toEqual(['t-1']);
  });
});
