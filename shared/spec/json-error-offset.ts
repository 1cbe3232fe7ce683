/**
 * Finds where a JSON text first breaks. V8's JSON.parse message gives no position for
 * many errors ("Unexpected token ','…"), and users need a line and column to fix a file.
 */

/** The character offset of the first syntax error, or undefined when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    return scanner.offset < text.length ? scanner.offset : undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.offset;
    return undefined; // Too deeply nested to scan: no position rather than a crash.
  }
}

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

class Scanner {
  offset = 0;
  constructor(private readonly text: string) {}

  skipSpace(): void {
    while (this.offset < this.text.length && ' \t\n\r'.includes(this.text.charAt(this.offset))) this.offset += 1;
  }

  value(): void {
    const char = this.text.charAt(this.offset);
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.offset)) {
        this.offset += literal.length;
        return;
      }
    }
    throw new JsonSyntaxError(this.offset);
  }

  private object(): void {
    this.offset += 1;
    this.skipSpace();
    if (this.text.charAt(this.offset) === '}') {
      this.offset += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charAt(this.offset) !== '"') throw new JsonSyntaxError(this.offset);
      this.string();
      this.skipSpace();
      this.expect(':');
      this.skipSpace();
      this.value();
      this.skipSpace();
      if (this.text.charAt(this.offset) === '}') {
        this.offset += 1;
        return;
      }
      this.expect(',');
    }
  }

  private array(): void {
    this.offset += 1;
    this.skipSpace();
    if (this.text.charAt(this.offset) === ']') {
      this.offset += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value();
      this.skipSpace();
      if (this.text.charAt(this.offset) === ']') {
        this.offset += 1;
        return;
      }
      this.expect(',');
    }
  }

  private string(): void {
    this.offset += 1;
    while (this.offset < this.text.length) {
      const code = this.text.charCodeAt(this.offset);
      if (code === 34) {
        this.offset += 1;
        return;
      }
      if (code < 32) throw new JsonSyntaxError(this.offset);
      this.offset += code === 92 ? 2 : 1;
    }
    throw new JsonSyntaxError(this.offset);
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.offset, this.offset + 64));
    if (!match) throw new JsonSyntaxError(this.offset);
    this.offset += match[0].length;
  }

  private expect(char: string): void {
    if (this.text.charAt(this.offset) !== char) throw new JsonSyntaxError(this.offset);
    this.offset += 1;
  }
}
