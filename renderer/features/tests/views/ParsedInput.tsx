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
