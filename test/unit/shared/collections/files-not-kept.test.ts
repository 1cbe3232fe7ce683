import { describe, expect, it } from 'vitest';
import { fileParts, filesNotKeptNote } from '../../../../shared/collections/files-not-kept';

describe('files-not-kept', () => {
  it('lists the enabled file parts of a form-data body', () => {
    const body = { mode: 'form-data' as const, parts: [{ name: 'file', file: 'cover.bin' }, { name: 'caption', value: 'x' }, { name: 'old', file: 'a.png', disabled: true }] };
    expect(fileParts({ body })).toEqual([{ part: 'file', file: 'cover.bin' }]);
  });

  it('says which file is kept by name only and what to do', () => {
    const note = filesNotKeptNote({ body: { mode: 'form-data', parts: [{ name: 'file', file: 'cover.bin' }] } });
    expect(note).toBe('Its file cover.bin (part "file") is kept by name, not content: pick it again when you open the request, then send. The Runner and `roundtrip run` read it from the collection folder: put it there, or write its path in the request file.');
  });

  it('words a part that names no file yet by its part', () => {
    const note = filesNotKeptNote({ body: { mode: 'form-data', parts: [{ name: 'file', file: '' }, { name: 'back', file: 'b.png' }] } });
    expect(note).toBe('Its file b.png (part "back") is kept by name, not content: pick it again when you open the request, then send. The Runner and `roundtrip run` read it from the collection folder: put it there, or write its path in the request file. Part "file" names no file yet: pick one when you open the request, then send.');
  });

  it('says nothing of a request without files', () => {
    expect(filesNotKeptNote({ body: { mode: 'raw', mediaType: 'application/json', text: '{}' } })).toBeUndefined();
  });
});
