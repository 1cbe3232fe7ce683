/** Splits JSON text (valid or not) into tokens for syntax highlighting; the texts join back to the input. */

export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'space' | 'other';

export interface JsonToken {
  readonly kind: JsonTokenKind;
  readonly text: string;
}

// One alternative per kind; an unterminated string runs to the end of its line, so typing a quote
// does not repaint the rest of the document.
const TOKEN = /("(?:[^"\\\n]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(true|false|null)\b|([{}[\],:])|(\s+)|([^\s"{}[\],:]+)/g;

/** The tokens of `text`, in order. */
export function jsonTokens(text: string): JsonToken[] {
  const out: JsonToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [, str, colon, number, literal, punctuation, space, other] = match;
    if (str !== undefined) {
      out.push({ kind: colon !== undefined ? 'key' : 'string', text: str });
      if (colon !== undefined) {
        const gap = colon.slice(0, -1);
        if (gap !== '') out.push({ kind: 'space', text: gap });
        out.push({ kind: 'punctuation', text: ':' });
      }
    } else if (number !== undefined) out.push({ kind: 'number', text: number });
    else if (literal !== undefined) out.push({ kind: 'literal', text: literal });
    else if (punctuation !== undefined) out.push({ kind: 'punctuation', text: punctuation });
    else if (space !== undefined) out.push({ kind: 'space', text: space });
    else if (other !== undefined) out.push({ kind: 'other', text: other });
  }
  return out;
}
