/**
 * Text that matches a schema `pattern`, drawn from a seeded source: the subset of regular
 * expressions documents use for codes and ids (anchors, character classes, \d \w \s, `.`,
 * quantifiers {n} {n,} {n,m} + * ?, groups and alternation). A pattern outside it (lookarounds,
 * back-references, \b, \p{…}) gives undefined, so the caller can fall back and say so.
 */
import { compileSchemaPattern } from './scalar-problems';
import type { SeededRandom } from './seeded-random';

type Node =
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'chars'; readonly chars: readonly string[] }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number };

class Unsupported extends Error {}

// Printable ASCII: what `.` and a negated class draw from, so generated text stays plain.
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const range = (from: string, to: string): string[] => Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i));
const DIGITS = range('0', '9');
const WORD = [...range('a', 'z'), ...range('A', 'Z'), ...DIGITS, '_'];
const SPACE = [' '];
// How far past its minimum an open quantifier (+, *, {n,}) repeats.
const OPEN_EXTRA = 8;

const CLASS_ESCAPES: Readonly<Record<string, readonly string[]>> = {
  d: DIGITS,
  w: WORD,
  s: SPACE,
  D: PRINTABLE.filter((c) => !DIGITS.includes(c)),
  W: PRINTABLE.filter((c) => !WORD.includes(c)),
  S: PRINTABLE.filter((c) => c !== ' '),
};
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** A recursive-descent reader of the supported subset. */
class PatternReader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Unsupported(`unexpected "${this.source[this.at] ?? ''}"`);
    return node;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      // Anchors: the generated text is the whole match, so they hold by construction.
      if (c === '^' || c === '$') {
        this.at++;
        continue;
      }
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'seq', items };
  }

  private atom(): Node {
    const c = this.source[this.at++] ?? '';
    if (c === '(') return this.group();
    if (c === '[') return { kind: 'chars', chars: this.charClass() };
    if (c === '.') return { kind: 'chars', chars: PRINTABLE };
    if (c === '\\') return { kind: 'chars', chars: this.escape(false) };
    if ('*+?{'.includes(c)) throw new Unsupported(`a quantifier with nothing to repeat at ${this.at - 1}`);
    return { kind: 'chars', chars: [c] };
  }

  private group(): Node {
    if (this.peek() === '?') {
      const next = this.source[this.at + 1];
      if (next === ':') this.at += 2;
      else if (next === '<' && /[A-Za-z]/.test(this.source[this.at + 2] ?? '')) this.at = this.source.indexOf('>', this.at) + 1;
      else throw new Unsupported('lookaround');
    }
    const inner = this.alternation();
    if (this.source[this.at++] !== ')') throw new Unsupported('an unclosed group');
    return inner;
  }

  private escape(inClass: boolean): string[] {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unsupported('a trailing backslash');
    const named = CLASS_ESCAPES[c];
    if (named !== undefined) return [...named];
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return [control];
    if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(this.source.slice(this.at, this.at + 4))) {
      this.at += 4;
      return [String.fromCharCode(parseInt(this.source.slice(this.at - 4, this.at), 16))];
    }
    if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(this.source.slice(this.at, this.at + 2))) {
      this.at += 2;
      return [String.fromCharCode(parseInt(this.source.slice(this.at - 2, this.at), 16))];
    }
    if (inClass && c === 'b') return ['\b'];
    // Letters and digits after a backslash mean something (\b, \p, \1, \k): beyond this subset.
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(`\\${c}`);
    return [c];
  }

  private charClass(): string[] {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const chosen = new Set<string>();
    let first = true;
    for (;;) {
      const c = this.source[this.at++];
      if (c === undefined) throw new Unsupported('an unclosed character class');
      if (c === ']' && !first) break;
      first = false;
      const low = c === '\\' ? this.escape(true) : [c];
      if (low.length === 1 && this.peek() === '-' && this.source[this.at + 1] !== ']' && this.source[this.at + 1] !== undefined) {
        this.at++;
        const end = this.source[this.at++] ?? '';
        const high = end === '\\' ? this.escape(true) : [end];
        if (high.length !== 1 || (high[0] ?? '') < (low[0] ?? '')) throw new Unsupported('a bad range');
        for (const each of range(low[0] ?? '', high[0] ?? '')) chosen.add(each);
      } else for (const each of low) chosen.add(each);
    }
    const chars = negated ? PRINTABLE.filter((c) => !chosen.has(c)) : [...chosen];
    if (chars.length === 0) throw new Unsupported('an empty character class');
    return chars;
  }

  private quantified(node: Node): Node {
    let out = node;
    for (;;) {
      const c = this.peek();
      let bounds: [number, number] | undefined;
      if (c === '*') bounds = [0, OPEN_EXTRA];
      else if (c === '+') bounds = [1, 1 + OPEN_EXTRA];
      else if (c === '?') bounds = [0, 1];
      else if (c === '{') {
        const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
        // A brace that is not a quantifier is a literal, as ECMAScript without the u flag reads it.
        if (match === null) return out;
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] === '' || match[3] === undefined ? min + OPEN_EXTRA : Number(match[3]);
        if (max < min) throw new Unsupported('a quantifier whose maximum is below its minimum');
        this.at += match[0].length - 1;
        bounds = [min, max];
      }
      if (bounds === undefined) return out;
      this.at++;
      // A lazy quantifier matches the same texts.
      if (this.peek() === '?') this.at++;
      out = { kind: 'repeat', node: out, min: bounds[0], max: bounds[1] };
    }
  }
}

function draw(node: Node, random: SeededRandom): string {
  switch (node.kind) {
    case 'seq':
      return node.items.map((item) => draw(item, random)).join('');
    case 'alt':
      return draw(random.pick(node.options), random);
    case 'chars':
      return random.pick(node.chars);
    case 'repeat': {
      const count = random.int(node.min, node.max);
      let out = '';
      for (let i = 0; i < count; i++) out += draw(node.node, random);
      return out;
    }
  }
}

/** Whether `pattern` is within the subset this generator makes text for. */
export function patternSupported(pattern: string): boolean {
  return parsePattern(pattern) !== undefined;
}

function parsePattern(pattern: string): Node | undefined {
  if (compileSchemaPattern(pattern) === undefined) return undefined;
  try {
    return new PatternReader(pattern).read();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

const ATTEMPTS = 40;

/**
 * Text matching `pattern` with a length (in characters) within the bounds, or undefined when the
 * pattern is beyond the subset or no such text turned up in a few draws.
 */
export function textMatching(pattern: string, random: SeededRandom, bounds: { readonly minLength?: number; readonly maxLength?: number } = {}): string | undefined {
  const node = parsePattern(pattern);
  const regex = compileSchemaPattern(pattern);
  if (node === undefined || regex === undefined) return undefined;
  const min = bounds.minLength ?? 0;
  const max = bounds.maxLength ?? Infinity;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const text = draw(node, random);
    const length = [...text].length;
    if (length >= min && length <= max && regex.test(text)) return text;
  }
  return undefined;
}
