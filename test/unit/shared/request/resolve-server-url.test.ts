import { describe, it, expect } from 'vitest';
import { isAbsoluteUrl, resolveServerUrl } from '../../../../shared/request/resolve-server-url';

const regional = {
  url: 'https://{region}.api.test:{port}/{version}/',
  variables: { region: { default: 'eu', enum: ['eu', 'us'] }, port: { default: '443' }, version: { default: 'v1' } },
};

describe('resolve-server-url', () => {
  it('substitutes given variable values, else defaults, and trims the trailing slash', () => {
    expect(resolveServerUrl(regional, {})).toBe('https://eu.api.test:443/v1');
    expect(resolveServerUrl(regional, { region: 'us', version: '' })).toBe('https://us.api.test:443/v1');
  });

  it('leaves an undeclared variable as written', () => {
    expect(resolveServerUrl({ url: 'http://{host}/api', variables: {} }, {})).toBe('http://{host}/api');
  });

  it('resolves a relative server URL against the URL the document came from', () => {
    const origin = { kind: 'url', location: 'http://127.0.0.1:8000/openapi.json' } as const;
    expect(resolveServerUrl({ url: '/', variables: {} }, {}, origin)).toBe('http://127.0.0.1:8000');
    expect(resolveServerUrl({ url: '/v1/', variables: {} }, {}, origin)).toBe('http://127.0.0.1:8000/v1');
    expect(resolveServerUrl({ url: 'https://other.test/', variables: {} }, {}, origin)).toBe('https://other.test');
  });

  it('keeps a relative server URL relative for file and text origins', () => {
    expect(resolveServerUrl({ url: '/v1', variables: {} }, {}, { kind: 'file', location: '/home/me/api.yaml' })).toBe('/v1');
    expect(resolveServerUrl({ url: '/', variables: {} }, {}, { kind: 'text', location: 'pasted' })).toBe('/');
    expect(resolveServerUrl({ url: '/', variables: {} }, {})).toBe('/');
  });

  it('tells absolute URLs from relative ones', () => {
    expect([isAbsoluteUrl('http://a'), isAbsoluteUrl('HTTPS://a'), isAbsoluteUrl('/v1'), isAbsoluteUrl('a.test/v1')]).toEqual([true, true, false, false]);
  });
});
