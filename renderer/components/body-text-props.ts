/** How every raw body text area behaves: monospace editor look, and none of the browser's typing help that would corrupt JSON or XML. */
export const BODY_TEXT_PROPS = {
  className: 'input body-editor',
  spellCheck: false,
  autoComplete: 'off',
  autoCapitalize: 'off',
} as const;
