import { describe, expect, it } from 'vitest';
import { replaceDocumentQuestion } from '../../../../renderer/app/replace-document-question';

describe('replaceDocumentQuestion', () => {
  it('asks nothing when no tab holds unsaved changes', () => {
    expect(replaceDocumentQuestion([])).toBeUndefined();
  });

  it('names the one tab that would lose its changes', () => {
    expect(replaceDocumentQuestion(['POST /books'])).toBe('"POST /books" has unsaved changes. Opening another document closes every tab and discards them (save them first with Ctrl+S to keep them). Open it anyway?');
  });

  it('counts several and names the first five', () => {
    const question = replaceDocumentQuestion(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(question).toMatch(/^7 tabs have unsaved changes: "a", "b", "c", "d", "e" and 2 more\. /);
  });
});
