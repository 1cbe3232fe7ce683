/** Where Find (Ctrl/Cmd+F) lands: the resource list's filter, in the workspace and on the outline screen alike. */

/** Puts the cursor in the filter, its text selected ready to type over (or, with `select` false, at its end). */
export function focusFilter(select = true): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid="filter-input"]');
  input?.focus();
  if (select) input?.select();
  else input?.setSelectionRange(input.value.length, input.value.length);
}
