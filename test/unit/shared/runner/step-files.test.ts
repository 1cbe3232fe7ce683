import { describe, expect, it } from 'vitest';
import { describeStepFile, fileMediaType, fileNameOf, fileSource, missingFile, outsideRefusal, stepFiles } from '../../../../shared/runner/step-files';

const context = { requestFile: '/c/shop/upload.request.json', collectionDir: '/c/shop', allowHint: 'run again with --allow-files-outside if you trust this collection' };

describe('step-files', () => {
  it('lists the enabled file parts and the file body a request reads, leaving unnamed ones to pick', () => {
    expect(
      stepFiles({
        mode: 'form-data',
        parts: [
          { name: 'photo', file: 'fixtures/a.png' },
          { name: 'caption', value: 'hi' },
          { name: 'old', file: 'b.png', disabled: true },
          { name: 'todo', file: '' },
          { name: 'csv', file: 'rows.txt', mediaType: 'text/csv' },
        ],
      }),
    ).toEqual([
      { part: 'photo', file: 'fixtures/a.png' },
      { part: 'csv', file: 'rows.txt', mediaType: 'text/csv' },
    ]);
    expect(stepFiles({ mode: 'file', file: 'blob.bin', mediaType: 'application/x-thing' })).toEqual([{ file: 'blob.bin', mediaType: 'application/x-thing' }]);
    expect(stepFiles({ mode: 'file', file: '' })).toEqual([]);
    expect(stepFiles({ mode: 'raw', mediaType: 'text/plain', text: 'x' })).toEqual([]);
  });

  it('keeps relative paths inside the collection folder, normalized with either separator', () => {
    expect(fileSource('fixtures/a.png')).toEqual({ kind: 'inside', relative: 'fixtures/a.png' });
    expect(fileSource('./fixtures//./a.png')).toEqual({ kind: 'inside', relative: 'fixtures/a.png' });
    expect(fileSource('fixtures\\sub\\..\\a.png')).toEqual({ kind: 'inside', relative: 'fixtures/a.png' });
    expect(fileSource('a.png')).toEqual({ kind: 'inside', relative: 'a.png' });
    expect(fileSource('..a.png')).toEqual({ kind: 'inside', relative: '..a.png' });
  });

  it('calls absolute, home and climbing paths outside, whatever the platform writes', () => {
    expect(fileSource('/home/me/.ssh/id_rsa')).toEqual({ kind: 'outside', why: 'absolute' });
    expect(fileSource('C:\\Users\\me\\a.png')).toEqual({ kind: 'outside', why: 'absolute' });
    expect(fileSource('c:a.png')).toEqual({ kind: 'outside', why: 'absolute' });
    expect(fileSource('\\\\server\\share\\a.png')).toEqual({ kind: 'outside', why: 'absolute' });
    expect(fileSource('~/.ssh/id_rsa')).toEqual({ kind: 'outside', why: 'home' });
    expect(fileSource('../../.ssh/id_rsa')).toEqual({ kind: 'outside', why: 'escapes' });
    expect(fileSource('fixtures/../../x')).toEqual({ kind: 'outside', why: 'escapes' });
    expect(fileSource('fixtures\\..\\..\\x')).toEqual({ kind: 'outside', why: 'escapes' });
  });

  it('sends a file under its own name, with its saved media type or the one its extension suggests', () => {
    expect(fileNameOf('fixtures/photos/cat.PNG')).toBe('cat.PNG');
    expect(fileNameOf('C:\\data\\rows.csv')).toBe('rows.csv');
    expect(fileMediaType({ file: 'fixtures/cat.PNG' })).toBe('image/png');
    expect(fileMediaType({ file: 'rows.txt', mediaType: 'text/csv' })).toBe('text/csv');
    expect(fileMediaType({ file: 'blob' })).toBe('application/octet-stream');
  });

  it('says what was refused or missing, where it looked, and what to do', () => {
    expect(describeStepFile({ part: 'photo', file: 'a.png' })).toBe('the file "a.png" of part "photo"');
    expect(describeStepFile({ file: 'a.bin' })).toBe('the body\'s file "a.bin"');
    expect(outsideRefusal({ part: 'key', file: '~/.ssh/id_rsa' }, 'home', '/home/me/.ssh/id_rsa', context)).toBe(
      'The file "~/.ssh/id_rsa" of part "key" was not read or sent: it is a path in your home folder (/home/me/.ssh/id_rsa), and a run reads only files inside the collection folder /c/shop, so that a collection from someone else cannot upload your files. Copy the file into the collection folder and give its path relative to it in /c/shop/upload.request.json, or run again with --allow-files-outside if you trust this collection.',
    );
    expect(missingFile({ file: 'data/blob.bin' }, '/c/shop/data/blob.bin', context)).toBe(
      'The body\'s file "data/blob.bin" is not there (looked for /c/shop/data/blob.bin). Create it, or change the path in /c/shop/upload.request.json (relative to the collection folder /c/shop).',
    );
  });
});
