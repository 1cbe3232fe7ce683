import { describe, expect, it } from 'vitest';
import { mediaTypeByName } from '../../../../shared/files/media-type-by-name';

describe('media-type-by-name', () => {
  it('guesses from the extension in any case, and falls back to octet-stream', () => {
    expect(mediaTypeByName('photo.JPG')).toBe('image/jpeg');
    expect(mediaTypeByName('dir.d/report.pdf')).toBe('application/pdf');
    expect(mediaTypeByName('notes.txt')).toBe('text/plain');
    expect(mediaTypeByName('archive.tar.gz')).toBe('application/gzip');
    expect(mediaTypeByName('.bashrc')).toBe('application/octet-stream');
    expect(mediaTypeByName('Makefile')).toBe('application/octet-stream');
    expect(mediaTypeByName('data.unknownext')).toBe('application/octet-stream');
  });
});
