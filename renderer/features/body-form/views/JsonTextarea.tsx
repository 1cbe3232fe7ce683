import { useMemo, useRef, type Ref, type TextareaHTMLAttributes } from 'react';
import { jsonTokens } from '../../../../shared/schema-form/json-tokens';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> & { readonly value: string; readonly ref?: Ref<HTMLTextAreaElement> };

// Past this size tokenizing on every keystroke would be felt; large bodies stay plain.
const MAX_HIGHLIGHT_CHARS = 200_000;

/**
 * A textarea with JSON syntax colours: the text is painted by a <pre> under a textarea whose own
 * text is transparent, so editing, selection, undo and accessibility stay the browser's own.
 */
export function JsonTextarea({ value, className, onScroll, ...rest }: Props) {
  const under = useRef<HTMLPreElement>(null);
  const highlighted = value.length <= MAX_HIGHLIGHT_CHARS;
  const tokens = useMemo(() => (highlighted ? jsonTokens(value) : []), [value, highlighted]);
  if (!highlighted) return <textarea {...rest} className={className} value={value} onScroll={onScroll} />;
  return (
    <div className="json-textarea">
      <pre ref={under} className={`${className ?? ''} json-textarea-paint`} aria-hidden="true">
        {tokens.map((token, index) => (token.kind === 'space' || token.kind === 'punctuation' ? token.text : <span key={index} className={`json-${token.kind}`}>{token.text}</span>))}
        {/* A trailing newline needs a character after it to take up its line. */}
        {'\n'}
      </pre>
      <textarea
        {...rest}
        className={`${className ?? ''} json-textarea-input`}
        value={value}
        onScroll={(event) => {
          if (under.current) {
            under.current.scrollTop = event.currentTarget.scrollTop;
            under.current.scrollLeft = event.currentTarget.scrollLeft;
          }
          onScroll?.(event);
        }}
      />
    </div>
  );
}
