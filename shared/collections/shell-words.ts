/** Splits a POSIX shell command line into words: quotes, backslash escapes, line continuations. */

/** The words of `command`, or a message when a quote is left open. */
export function shellWords(command: string): { ok: true; words: string[] } | { ok: false; message: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < command.length; i += 1) {
    const ch = command.charAt(i);
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && i + 1 < command.length && '$`"\\\n'.includes(command.charAt(i + 1))) {
        i += 1;
        if (command.charAt(i) !== '\n') word += command.charAt(i);
      } else word += ch;
      continue;
    }
    if (ch === '\\') {
      i += 1;
      const next = command.charAt(i);
      // "\" at the end of a line continues the command (also with Windows line ends).
      if (next === '\n' || (next === '\r' && command.charAt(i + 1) === '\n')) {
        if (next === '\r') i += 1;
        continue;
      }
      word += next;
      inWord = true;
      continue;
    }
    // Bash's $'...' ANSI-C quoting, as browsers' "Copy as cURL" produces.
    if (ch === '$' && command.charAt(i + 1) === "'") {
      const end = findAnsiEnd(command, i + 2);
      if (end < 0) return { ok: false, message: "A $'...' quote is not closed." };
      word += unescapeAnsi(command.slice(i + 2, end));
      inWord = true;
      i = end;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
      continue;
    }
    if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    word += ch;
    inWord = true;
  }
  if (quote) return { ok: false, message: `A ${quote === "'" ? 'single' : 'double'} quote is not closed.` };
  if (inWord) words.push(word);
  return { ok: true, words };
}

function findAnsiEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text.charAt(i) === '\\') i += 1;
    else if (text.charAt(i) === "'") return i;
  }
  return -1;
}

function unescapeAnsi(body: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_whole, esc: string) => {
    if (esc.startsWith('x') || esc.startsWith('u')) return String.fromCharCode(parseInt(esc.slice(1), 16));
    return map[esc] ?? esc;
  });
}
