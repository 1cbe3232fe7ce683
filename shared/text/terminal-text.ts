/**
 * Text for a terminal: control characters from outside (a document's title, a server's message,
 * a collection's names) are shown as escapes, so they can never recolour, clear or retitle the
 * terminal, move its cursor, or set its clipboard (OSC 52). Line feeds and tabs stay as they are.
 */

// C0 controls but tab and line feed, DEL, C1 controls (U+009B is a one-character CSI), and the
// bidirectional overrides and isolates that make text read differently from what it holds.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\r': '\\r', '\u001b': '\\e' };

/** `text` with every control character the terminal would act on written out as `\e`, `\r` or `\u{…}`. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}
