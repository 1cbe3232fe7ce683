/** Indents XML and HTML for reading: one tag per line, text kept as sent. */

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Their content is text, not markup: kept whole on their line.
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'pre']);
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[^>]+>|[^<]+|</g;

/** `text` with each tag on its own line, indented by nesting depth (two spaces). */
export function prettyMarkup(text: string): string {
  const tokens = tokenize(text);
  const lines: string[] = [];
  let depth = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const pad = '  '.repeat(Math.max(0, depth));
    const name = /^<\/?\s*([A-Za-z][\w:.-]*)/.exec(token)?.[1]?.toLowerCase();
    if (!token.startsWith('<') || name === undefined) {
      const trimmed = token.trim();
      if (trimmed !== '') lines.push(pad + trimmed);
    } else if (token.startsWith('</')) {
      depth -= 1;
      lines.push('  '.repeat(Math.max(0, depth)) + token);
    } else if (token.endsWith('/>') || VOID_TAGS.has(name) || RAW_TEXT_TAGS.has(name)) {
      lines.push(pad + token);
    } else {
      // <a>text</a> stays on one line.
      const next = tokens[index + 1];
      const after = tokens[index + 2];
      if (next !== undefined && !next.startsWith('<') && after?.startsWith('</') === true && next.length < 80) {
        lines.push(pad + token + next.trim() + after);
        index += 2;
      } else {
        lines.push(pad + token);
        depth += 1;
      }
    }
  }
  return lines.join('\n');
}

// Tags, text and comments; a script/style/textarea/pre element is one token from open to close.
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const lower = text.toLowerCase();
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) {
    const token = match[0];
    const name = /^<\s*([A-Za-z][\w:.-]*)/.exec(token)?.[1]?.toLowerCase();
    if (name !== undefined && RAW_TEXT_TAGS.has(name) && !token.endsWith('/>')) {
      const close = lower.indexOf(`</${name}`, TOKEN.lastIndex);
      const end = close === -1 ? text.length : lower.indexOf('>', close) + 1 || text.length;
      tokens.push(text.slice(match.index, end));
      TOKEN.lastIndex = end;
    } else tokens.push(token);
  }
  return tokens;
}
