/**
 * Splits a pasted shell command line into words. shell-quote reads the quoting (single, double,
 * bash's $'...' as browsers' "Copy as cURL" writes it, backslash escapes); a first pass here does
 * what it leaves to a shell: it refuses an unclosed quote, joins "\"-continued lines, and keeps
 * `&`, `|`, `;`, `#` mid-word and `$NAME` as the characters they are, since a pasted command is one
 * curl call to read, not a script to run (an unquoted `?a=1&b=2` is the URL's query).
 */
import { parse } from 'shell-quote';

const OPERATORS = '&|;<>()';

type Quote = "'" | '"' | "$'" | undefined;

/** The words of `command`, or a message when a quote is left open. */
export function shellWords(command: string): { ok: true; words: string[] } | { ok: false; message: string } {
  const literal = literalShellText(command);
  if (!literal.ok) return literal;
  const words = parse(literal.text).flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    if ('pattern' in entry) return [entry.pattern]; // curl globs URLs itself ({a,b}, [1-3]); the shell must not.
    return []; // A comment ("# ..." at the start of a word).
  });
  return { ok: true, words };
}

/** `command` with line continuations removed and shell-only characters escaped, or the quote left open. */
function literalShellText(command: string): { ok: true; text: string } | { ok: false; message: string } {
  let out = '';
  let quote: Quote;
  for (let i = 0; i < command.length; i += 1) {
    const ch = command.charAt(i);
    const next = command.charAt(i + 1);
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      out += ch;
      continue;
    }
    if (ch === '\\' && quote !== "$'") {
      // "\" at the end of a line continues the command (also with Windows line ends).
      const continuation = next === '\n' ? 1 : next === '\r' && command.charAt(i + 2) === '\n' ? 2 : 0;
      if (continuation === 0) out += ch + next;
      i += 1 + (continuation === 2 ? 1 : 0);
      continue;
    }
    if (quote === "$'") {
      if (ch === '\\') {
        out += ch + next;
        i += 1;
      } else {
        if (ch === "'") quote = undefined;
        out += ch;
      }
      continue;
    }
    if (ch === '$' && next === "'" && quote === undefined) {
      quote = "$'";
      out += "$'";
      i += 1;
    } else if (ch === '$') out += '\\$';
    else if (quote === '"') {
      if (ch === '"') quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (OPERATORS.includes(ch) || (ch === '#' && i > 0 && !/\s/.test(command.charAt(i - 1)))) out += `\\${ch}`;
    else out += ch;
  }
  if (quote !== undefined) return { ok: false, message: `A ${quote === "'" ? 'single' : quote === '"' ? 'double' : "$'...'"} quote is not closed.` };
  return { ok: true, text: out };
}
