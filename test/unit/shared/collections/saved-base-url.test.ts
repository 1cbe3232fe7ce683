import { describe, expect, it } from 'vitest';
import { baseHasVariables, savedBaseUrl } from '../../../../shared/collections/saved-base-url';

describe('saved-base-url', () => {
  it('finds the {{baseUrl}} before the operation path', () => {
    expect(savedBaseUrl('{{baseUrl}}/items/7?limit=2', '/items/{itemId}')).toBe('{{baseUrl}}');
    expect(savedBaseUrl('{{ baseUrl }}/items/{{createdId}}', '/items/{itemId}')).toBe('{{ baseUrl }}');
  });

  it('keeps a literal origin and any path prefix before the operation path', () => {
    expect(savedBaseUrl('http://127.0.0.1:8000/items', '/items')).toBe('http://127.0.0.1:8000');
    expect(savedBaseUrl('http://127.0.0.1:8000/v1/items/3#top', '/items/{itemId}')).toBe('http://127.0.0.1:8000/v1');
    expect(savedBaseUrl('{{host}}/api/items/', '/items')).toBe('{{host}}/api');
  });

  it('gives nothing when the path does not match or nothing comes before it', () => {
    expect(savedBaseUrl('{{baseUrl}}/other', '/items')).toBeUndefined();
    expect(savedBaseUrl('/items', '/items')).toBeUndefined();
    expect(savedBaseUrl('{{baseUrl}}/items/3/notes', '/items/{itemId}')).toBeUndefined();
  });

  it('tells a base written with variables from a literal one', () => {
    expect(baseHasVariables('{{baseUrl}}')).toBe(true);
    expect(baseHasVariables('{{ baseUrl }}')).toBe(true);
    expect(baseHasVariables('{{baseUrl}}/v1')).toBe(true);
    expect(baseHasVariables('{{host}}/api')).toBe(true);
    expect(baseHasVariables('https://{{tenant}}.example.com')).toBe(true);
    expect(baseHasVariables('http://127.0.0.1:8000')).toBe(false);
    expect(baseHasVariables('http://127.0.0.1:8000/{v1}')).toBe(false);
  });
});
