import { describe, expect, it } from 'vitest';
import { savedSchemeKeys, securityHeaderSchemes } from '../../../../shared/collections/security-headers';

describe('security-headers', () => {
  const schemes = { notesKey: { type: 'apiKey' as const, in: 'header' as const, name: 'X-Notes-Key' }, q: { type: 'apiKey' as const, in: 'query' as const, name: 'api_key' } };

  it('names the apiKey header schemes the operation uses, by lower-cased header', () => {
    expect([...securityHeaderSchemes({ security: [{ notesKey: [] }, { q: [] }] }, schemes)]).toEqual([['x-notes-key', 'notesKey']]);
    expect(securityHeaderSchemes({}, schemes).size).toBe(0);
  });

  it('reads the saved key of each scheme from the headers, skipping disabled ones', () => {
    const headers = [
      { name: 'x-notes-key', value: '{{notesKey.apiKey}}' },
      { name: 'X-Notes-Key', value: 'off', disabled: true },
      { name: 'Accept', value: 'application/json' },
    ];
    expect(savedSchemeKeys({ headers }, securityHeaderSchemes({ security: [{ notesKey: [] }] }, schemes))).toEqual({ notesKey: '{{notesKey.apiKey}}' });
  });
});
