/**
 * Finds where a JSON text first breaks. V8's JSON.parse message gives no position for
 * many errors ("Unexpected token ','…"), and users need a line and column to fix a file.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** The character offset of the first syntax error, or undefined when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    return undefined; // Too deeply nested to scan: no position rather than a crash.
  }
  const first = errors[0];
  if (first === undefined) return undefined;
  // jsonc-parser names the string a line end or the end of the text cut; the fault is where it was cut.
  return printParseErrorCode(first.error) === 'UnexpectedEndOfString' ? first.offset + first.length : first.offset;
}
