import { useEffect, useState, type InputHTMLAttributes } from 'react';

interface Props<T> extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  readonly value: T;
  /** The text a value shows as. */
  readonly format: (value: T) => string;
  /** The value a text stands for, or undefined while it stands for none (then nothing changes). */
  readonly parse: (text: string) => T | undefined;
  readonly onValue: (value: T) => void;
}

/**
 * An input that keeps the text as typed ("200, " on the way to "200, 201") and hands on the value
 * once the text means one; it shows a new value that comes from outside (a reorder, an undo).
 */
export function ParsedInput<T>({ value, format, parse, onValue, ...rest }: Props<T>) {
  const [text, setText] = useState(() => format(value));
  useEffect(() => {
    setText((typed) => {
      const meant = parse(typed);
      return meant !== undefined && format(meant) === format(value) ? typed : format(value);
    });
  }, [value, format, parse]);
  return (
    <input
      {...rest}
      value={text}
      aria-invalid={parse(text) === undefined}
      onChange={(event) => {
        setText(event.target.value);
        const meant = parse(event.target.value);
        if (meant !== undefined) onValue(meant);
      }}
    />
  );
}

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
