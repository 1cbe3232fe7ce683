/** How the Tests tab's fields show values as text and read them back (see ParsedInput). */

/** Whole numbers as text. */
export const integerText = {
  format: (value: unknown): string => (typeof value === 'number' ? String(value) : ''),
  parse: (text: string): number | undefined => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : undefined),
};

/** Positive numbers (milliseconds) as text. */
export const positiveText = {
  format: (value: unknown): string => (typeof value === 'number' ? String(value) : ''),
  parse: (text: string): number | undefined => {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
  },
};

/** A list of status codes as "200, 201". */
export const codesText = {
  format: (value: unknown): string => (Array.isArray(value) ? value.join(', ') : ''),
  parse: (text: string): number[] | undefined => {
    const parts = text.split(/[\s,]+/).filter((part) => part !== '');
    return parts.length > 0 && parts.every((part) => /^\d{3}$/.test(part)) ? parts.map(Number) : undefined;
  },
};

/** An expected JSON value: JSON when the text is JSON ("Ada" in quotes, 3, true, [1]), else the text as a string. */
export const jsonValueText = {
  format: (value: unknown): string => (value === undefined ? '' : JSON.stringify(value)),
  parse: (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  },
};
