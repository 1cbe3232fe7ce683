/** A {{variable}} reference standing for a value a collection file does not hold. */

const REFERENCE = /^\{\{\s*[\w.-]+\s*\}\}$/;

/** True when `text` is nothing but one {{variable}} reference (so it holds no secret itself). */
export function isReference(text: string): boolean {
  return REFERENCE.test(text.trim());
}
