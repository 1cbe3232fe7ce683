import { describe, expect, it } from 'vitest';
import { sendCollection } from '../../../../../renderer/features/document/send-collection';

describe('sendCollection', () => {
  const values = { certPass: 'p4ss', apiToken: 'secret-token', baseUrl: 'http://127.0.0.1:8000', big: 'x'.repeat(100_000) };

  it('carries only the variables the collection\'s passphrases name to the main process', () => {
    const place = { root: '/collections', id: 'shop/get-item.request.json', passphrases: ['certPass', 'missing'] };
    expect(sendCollection({ scopes: [], place }, values)).toEqual({ fromCollection: { root: '/collections', id: 'shop/get-item.request.json', variables: { certPass: 'p4ss' } } });
  });

  it('carries nothing for a request whose collection names no certificates', () => {
    expect(sendCollection({ scopes: [] }, values)).toEqual({});
  });
});
