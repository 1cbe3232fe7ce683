import { describe, expect, it } from 'vitest';
import { specPathFromArgv } from '../../../../electron/main/spec-path-argument';

describe('spec-path-argument', () => {
  it('finds a document path and makes it absolute', () => {
    expect(specPathFromArgv(['/opt/Roundtrip/roundtrip-desktop', 'api/openapi.yaml'], '/home/a/project')).toBe('/home/a/project/api/openapi.yaml');
    expect(specPathFromArgv(['electron', '.', '--inspect=0', '/specs/petstore.JSON'], '/x')).toBe('/specs/petstore.JSON');
  });

  it('ignores flags, the app folder and files that are not documents', () => {
    expect(specPathFromArgv(['roundtrip-desktop', '--no-sandbox', '.', 'notes.txt'], '/x')).toBeUndefined();
    expect(specPathFromArgv(['roundtrip-desktop'], '/x')).toBeUndefined();
  });
});
