/**
 * What the text of a number field or an untyped (any JSON) field puts into the body. The body holds
 * what the field shows: a text that does not read as the field's kind goes in as that text (a JSON
 * string), where the schema check marks it and the server refuses it, never as an older value.
 */

const NUMBER_TEXT = /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** "12", "-0.5", "1.", "1e3" (spaces around allowed): text JSON can hold as a number. */
export function readsAsNumber(text: string): boolean {
  return NUMBER_TEXT.test(text) && Number.isFinite(Number(text));
}

/** The number the text reads as; undefined for a blank text (the property is left out); else the text itself. */
export function numberFromText(text: string): unknown {
  if (text.trim() === '') return undefined;
  return readsAsNumber(text) ? Number(text) : text;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The JSON value the text reads as; undefined for a blank text; else the text itself, as a string. */
export function jsonFromText(text: string): unknown {
  if (text.trim() === '') return undefined;
  const parsed = parseJson(text);
  return parsed.ok ? parsed.value : text;
}

/** True when the text is not JSON, so an untyped field sends it as a string. */
export function isPlainText(text: string): boolean {
  return text.trim() !== '' && !parseJson(text).ok;
}

/**
 * The text an untyped field shows for `value`: JSON, except a string that could not be read as other
 * JSON, which shows bare ("abc"), so that reading the text back gives the same value.
 */
export function jsonFieldText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' && isPlainText(value) ? value : JSON.stringify(value);
}
