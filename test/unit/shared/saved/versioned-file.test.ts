import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { readVersioned, type VersionedFormat } from '../../../../shared/saved/versioned-file';

interface NotesV2 {
  readonly version: 2;
  readonly notes: readonly { readonly text: string }[];
}

const NOTES: VersionedFormat<NotesV2> = {
  what: 'The notes file',
  version: 2,
  schema: z.object({ version: z.literal(2), notes: z.array(z.object({ text: z.string() })) }),
  older: [{ version: 1, schema: z.object({ version: z.literal(1), notes: z.array(z.string()) }), up: (v1: { notes: string[] }): NotesV2 => ({ version: 2, notes: v1.notes.map((text) => ({ text })) }) }],
};

describe('versioned-file', () => {
  it('reads the latest version as it is', () => {
    expect(readVersioned({ version: 2, notes: [{ text: 'a' }] }, NOTES)).toEqual({ ok: true, value: { version: 2, notes: [{ text: 'a' }] } });
  });

  it('migrates an older version and says from which', () => {
    expect(readVersioned({ version: 1, notes: ['a', 'b'] }, NOTES)).toEqual({ ok: true, value: { version: 2, notes: [{ text: 'a' }, { text: 'b' }] }, migratedFrom: 1 });
  });

  it('refuses a newer, an unknown or a missing version with a message instead of reading it as empty', () => {
    expect(readVersioned({ version: 3, notes: [] }, NOTES)).toEqual({ ok: false, newer: true, message: 'The notes file is format version 3, newer than this Roundtrip understands (2). Update Roundtrip to read it; the file is left as it is.' });
    expect(readVersioned({ version: 0, notes: [] }, NOTES)).toEqual({ ok: false, message: 'The notes file has an unknown format version 0; the file is left as it is.' });
    for (const raw of [{ notes: [] }, { version: '2' }, [], null, 'text']) {
      expect(readVersioned(raw, NOTES)).toEqual({ ok: false, message: 'The notes file has no version number, so it is not a file this Roundtrip wrote.' });
    }
  });

  it('names the field that does not fit, before or after migrating', () => {
    expect(readVersioned({ version: 2, notes: [{ text: 1 }] }, NOTES)).toMatchObject({ ok: false, message: expect.stringMatching(/^The notes file is not valid: notes\.0\.text: /) });
    expect(readVersioned({ version: 1, notes: [1] }, NOTES)).toMatchObject({ ok: false, message: expect.stringMatching(/^The notes file is not valid \(version 1\): notes\.0: /) });
  });
});
