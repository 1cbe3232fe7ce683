import { useMemo } from 'react';
import { VirtualLines } from './VirtualLines';

interface Props {
  readonly text: string;
  readonly className?: string;
}

/** Plain text as virtualized lines, so a large body scrolls without freezing. */
export function TextLines({ text, className }: Props) {
  const lines = useMemo(() => text.split('\n'), [text]);
  return (
    <VirtualLines
      count={lines.length}
      className={`code-block ${className ?? ''}`}
      testId="response-body"
      renderLine={(index) => (
        <div key={index} className="text-line">
          {lines[index] === '' ? '\u200b' : lines[index]}
        </div>
      )}
    />
  );
}
