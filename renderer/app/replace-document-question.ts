/**
 * Opening another document replaces the workspace, and with it every open tab. When some of them
 * hold unsaved changes the person is asked first, naming them, as closing such a tab asks: edits
 * made in a form are the person's work and never go without a word.
 */

/** The question to ask before the tabs titled `unsaved` are closed by opening another document; undefined when nothing would be lost. */
export function replaceDocumentQuestion(unsaved: readonly string[]): string | undefined {
  if (unsaved.length === 0) return undefined;
  const shown = unsaved.slice(0, 5).map((title) => `"${title}"`);
  const more = unsaved.length > shown.length ? ` and ${unsaved.length - shown.length} more` : '';
  const which = unsaved.length === 1 ? `${shown[0]} has unsaved changes` : `${unsaved.length} tabs have unsaved changes: ${shown.join(', ')}${more}`;
  return `${which}. Opening another document closes every tab and discards them (save them first with Ctrl+S to keep them). Open it anyway?`;
}
