import { describe, expect, it } from 'vitest';
import { copyPlace, saveAsCopyDetails } from '../../../../shared/collections/save-refusal';

describe('save-refusal', () => {
  it('offers a copy only for a broken-file refusal that names a place', () => {
    expect(copyPlace({ code: 'broken-file', message: 'm', details: saveAsCopyDetails('c/a.request.json', 'c') })).toBe('c');
    expect(copyPlace({ code: 'broken-file', message: 'm' })).toBeUndefined();
    expect(copyPlace({ code: 'disk-full', message: 'm', details: saveAsCopyDetails('c/a.request.json', 'c') })).toBeUndefined();
    expect(copyPlace(undefined)).toBeUndefined();
  });
});
