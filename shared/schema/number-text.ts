/**
 * Wording for a text that stands where a number goes: the same advice in the parameter fields and
 * the JSON body form, so "12,50" is explained rather than only refused.
 */

const LONGEST_QUOTE = 40;

/** The text in quotes as a message shows it, cut short when long. */
export function quoteText(text: string): string {
  return JSON.stringify(text.length > LONGEST_QUOTE ? `${text.slice(0, LONGEST_QUOTE)}…` : text);
}

/** "12,50", "-0,5", "1.234,56": a number written with a decimal comma. */
const DECIMAL_COMMA = /^\s*[-+]?(\d{1,3}(\.\d{3})+|\d*),\d+\s*$/;
/** "1,000" or "1.000.000": an integer written with thousands separators. */
const THOUSANDS = /^\s*[-+]?\d{1,3}([,.]\d{3})+\s*$/;

/** Why `text` is likely not read as a number ("use a dot for decimals"), when a separator explains it. */
export function numberTextHint(text: string, integer: boolean): string | undefined {
  if (integer) return THOUSANDS.test(text) && !/^\s*[-+]?\d{1,3}\.\d{3}\s*$/.test(text) ? 'digits only, no thousands separators' : undefined;
  return DECIMAL_COMMA.test(text) ? 'use a dot for decimals' : undefined;
}
