import { describe, expect, it } from 'vitest';
import { keepSavedBody } from '../../../../shared/collections/keep-saved-body';

describe('keep-saved-body', () => {
  it('keeps a file part\'s path when the same file is picked again, and takes a different file by its name', () => {
    const existing = { mode: 'form-data' as const, parts: [{ name: 'photo', file: 'fixtures/cover.png' }, { name: 'caption', value: 'front' }] };
    expect(keepSavedBody(existing, { mode: 'form-data', parts: [{ name: 'photo', file: 'cover.png' }, { name: 'caption', value: 'back' }] })).toEqual({
      mode: 'form-data',
      parts: [{ name: 'photo', file: 'fixtures/cover.png' }, { name: 'caption', value: 'back' }],
    });
    expect(keepSavedBody(existing, { mode: 'form-data', parts: [{ name: 'photo', file: 'other.png' }, { name: 'caption', value: 'front' }] })).toEqual({
      mode: 'form-data',
      parts: [{ name: 'photo', file: 'other.png' }, { name: 'caption', value: 'front' }],
    });
  });

  it('keeps a file body\'s path when a file is picked for it (the form does not know its name)', () => {
    expect(keepSavedBody({ mode: 'file', file: 'data/rows.csv' }, { mode: 'file', file: '', mediaType: 'text/csv' })).toEqual({ mode: 'file', file: 'data/rows.csv', mediaType: 'text/csv' });
    expect(keepSavedBody({ mode: 'file', file: '' }, { mode: 'file', file: '' })).toEqual({ mode: 'file', file: '' });
  });
});
