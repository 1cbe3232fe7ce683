/**
 * A reader for Bruno's `.bru` files. A file is a list of blocks, each opened by a name and `{`
 * (or `[` for a list) at the start of a line and closed by `}` (or `]`) alone at the start of a
 * line. Dictionary blocks hold `key: value` pairs (a `~` before the key disables the pair, a value
 * may span lines between `'''` marks, `@annotation(...)` lines may precede a pair); text blocks
 * (bodies, scripts, tests, docs) hold text indented by two spaces.
 */

export interface BruPair {
  readonly name: string;
  readonly value: string;
  readonly enabled: boolean;
  /** From an `@description('...')` annotation. */
  readonly description?: string;
}

export type BruBlock =
  | { readonly kind: 'dictionary'; readonly name: string; readonly pairs: readonly BruPair[] }
  | { readonly kind: 'text'; readonly name: string; readonly text: string }
  | { readonly kind: 'list'; readonly name: string; readonly items: readonly string[] };

export type BruParse = { readonly ok: true; readonly blocks: readonly BruBlock[] } | { readonly ok: false; readonly message: string };

/** Blocks whose content is free text rather than pairs. */
const TEXT_BLOCKS = /^(body|body:(json|text|xml|sparql|graphql|graphql:vars)|script:(pre-request|post-response)|tests|docs)$/;
const OPENING = /^([A-Za-z][\w:-]*)\s*([{[])\s*$/;

/** Parses one `.bru` file's text; a line that breaks the grammar is named in the message. */
export function parseBru(text: string): BruParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks: BruBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const open = OPENING.exec(line);
    if (open === null) return { ok: false, message: `line ${i + 1} ("${clip(line)}") does not open a block: expected a name followed by "{", such as "meta {".` };
    const name = open[1] ?? '';
    const closer = open[2] === '[' ? ']' : '}';
    const end = lines.findIndex((l, index) => index > i && l.trimEnd() === closer);
    if (end < 0) return { ok: false, message: `the block "${name}" opened on line ${i + 1} is never closed: add a line with "${closer}" alone.` };
    const body = lines.slice(i + 1, end);
    if (closer === ']') blocks.push({ kind: 'list', name, items: listItems(body) });
    else if (TEXT_BLOCKS.test(name)) blocks.push({ kind: 'text', name, text: outdent(body, 2).join('\n') });
    else {
      const pairs = dictionaryPairs(body, i + 2);
      if (!pairs.ok) return pairs;
      blocks.push({ kind: 'dictionary', name, pairs: pairs.pairs });
    }
    i = end;
  }
  return { ok: true, blocks };
}

function dictionaryPairs(lines: readonly string[], firstLine: number): { ok: true; pairs: BruPair[] } | { ok: false; message: string } {
  const pairs: BruPair[] = [];
  let description: string | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (line.startsWith('@')) {
      // An annotation: its argument may itself span lines between ''' marks.
      let annotation = line;
      if (/\('''\s*$/.test(line)) {
        const close = lines.findIndex((l, index) => index > i && /^\s*'''\)\s*$/.test(l));
        if (close < 0) return { ok: false, message: `line ${firstLine + i}: the annotation "${clip(line)}" is never closed with ''').` };
        annotation = `${line.replace(/'''\s*$/, '')}${outdent(lines.slice(i + 1, close), 4).join('\n')}')`;
        i = close;
      }
      const match = /^@description\((['"]{1,3})([\s\S]*?)\1\)$/.exec(annotation);
      if (match) description = match[2];
      continue;
    }
    const split = splitPair(line);
    if (split === undefined) return { ok: false, message: `line ${firstLine + i} ("${clip(line)}") is not a "key: value" pair.` };
    let value = split.value;
    if (/^'''\s*$/.test(value)) {
      const close = lines.findIndex((l, index) => index > i && /^\s*'''/.test(l));
      if (close < 0) return { ok: false, message: `line ${firstLine + i}: the multi-line value of "${split.key}" is never closed with '''.` };
      const tail = (lines[close] ?? '').trim().slice(3).trim();
      value = `${outdent(lines.slice(i + 1, close), 4).join('\n')}${tail === '' ? '' : ` ${tail}`}`;
      i = close;
    }
    const enabled = !split.key.startsWith('~');
    pairs.push({ name: enabled ? split.key : split.key.slice(1), value, enabled, ...(description === undefined ? {} : { description }) });
    description = undefined;
  }
  return { ok: true, pairs };
}

/** "key: value" (the first colon splits; a "quoted key" may hold colons); undefined when there is no colon. */
function splitPair(line: string): { key: string; value: string } | undefined {
  const quoted = /^(~?)"((?:\\"|[^"])*)"\s*:(.*)$/.exec(line);
  if (quoted) return { key: `${quoted[1] ?? ''}${(quoted[2] ?? '').replace(/\\"/g, '"')}`, value: (quoted[3] ?? '').trim() };
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  return { key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
}

function listItems(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Removes up to `spaces` leading spaces from each line (the block's indentation). */
function outdent(lines: readonly string[], spaces: number): string[] {
  const indent = new RegExp(`^ {1,${spaces}}`);
  return lines.map((line) => line.replace(indent, ''));
}

function clip(line: string): string {
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** The pairs of the dictionary block `name` (empty when absent). */
export function blockPairs(blocks: readonly BruBlock[], name: string): readonly BruPair[] {
  const block = blocks.find((b) => b.name === name);
  return block?.kind === 'dictionary' ? block.pairs : [];
}

/** The value of `key` in the dictionary block `name`, when present. */
export function blockValue(blocks: readonly BruBlock[], name: string, key: string): string | undefined {
  return blockPairs(blocks, name).find((p) => p.name === key)?.value;
}

/** The text of the text block `name`, when present. */
export function blockText(blocks: readonly BruBlock[], name: string): string | undefined {
  const block = blocks.find((b) => b.name === name);
  return block?.kind === 'text' ? block.text : undefined;
}
