/**
 * A check Postman cannot run (a spec conformance or idempotency check, a JSONPath with wildcards)
 * leaves the Postman export as a comment; the comment ends with the check itself as JSON, so that
 * importing the export brings it back as it was instead of dropping it. Only the comment's last
 * part is read, and only a valid check is taken: a comment is text anyone may have edited.
 */
import { assertionSchema, captureSchema, type Assertion, type Capture } from '../runner/assertion-model';

const MARK = 'roundtrip:';
const CARRIED = /roundtrip:(assertion|capture) (\{.*\})\s*$/;

/** The tail of the comment that carries `check`: `roundtrip:assertion {...}`, on one line whatever its text holds. */
export function carriedCheck(kind: 'assertion' | 'capture', check: Assertion | Capture): string {
  return `${MARK}${kind} ${oneLine(JSON.stringify(check))}`;
}

/**
 * `text` safe inside a // comment: JavaScript ends a line comment at CR, LF, U+2028 and U+2029, and
 * what follows would run in Postman. JSON.stringify escapes the first two but not the last two;
 * their \u escapes read back as the same characters.
 */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The check a comment's text carries, or undefined for any other comment (or one that is not valid). */
export function checkCarriedBy(comment: string): { readonly assertion: Assertion } | { readonly capture: Capture } | undefined {
  const found = CARRIED.exec(comment);
  if (!found?.[2]) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(found[2]);
  } catch {
    return undefined;
  }
  if (found[1] === 'assertion') {
    const parsed = assertionSchema.safeParse(raw);
    return parsed.success ? { assertion: parsed.data } : undefined;
  }
  const parsed = captureSchema.safeParse(raw);
  return parsed.success ? { capture: parsed.data } : undefined;
}
