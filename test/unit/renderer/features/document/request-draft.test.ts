import { describe, expect, it } from 'vitest';
import { draftTitle, emptyDraft } from '../../../../../renderer/features/document/request-draft';

const withUrl = (url: string, name?: string) => ({ ...emptyDraft(), url, ...(name === undefined ? {} : { name }) });

describe('request-draft', () => {
  it('titles a draft by its path and never by its query, which may carry a credential', () => {
    expect(draftTitle(withUrl('http://127.0.0.1:8421/moved/abc?access_token=SECRET-THREE&page=1'))).toBe('/moved/abc');
    expect(draftTitle(withUrl('{{baseUrl}}/items/{{id}}?key={{apiKey}}#top'))).toBe('{{baseUrl}}/items/{{id}}');
    expect(draftTitle(withUrl('https://alice:s3cret@api.test/x?token=t'))).toBe('/x');
  });

  it('falls back to the origin without a password, then to "New request"', () => {
    expect(draftTitle(withUrl('https://api.test?sig=abc'))).toBe('https://api.test');
    expect(draftTitle(withUrl('https://alice:s3cret@api.test'))).toBe('https://api.test');
    expect(draftTitle(withUrl('?token=abc'))).toBe('New request');
    expect(draftTitle(withUrl('  '))).toBe('New request');
    expect(draftTitle(undefined)).toBe('New request');
  });

  it('keeps a name the request already has', () => {
    expect(draftTitle(withUrl('http://h/x?token=t', 'Pay seven'))).toBe('Pay seven');
  });
});
