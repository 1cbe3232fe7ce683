import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectCommand } from '../../../../electron/cli/inspect-command';

const specs = path.resolve('test/fixtures/specs');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) } };
}

describe('inspect-command', () => {
  it('applies --max-size-mb to the document, given as --max-size-mb N or --max-size-mb=N', async () => {
    for (const option of [['--max-size-mb=0.0001'], ['--max-size-mb', '0.0001']]) {
      await expect(inspectCommand([path.join(specs, 'pets-3.0.yaml'), ...option], io().io)).rejects.toMatchObject({ code: 'spec-too-large' });
    }
    for (const option of [['--max-size-mb=lots'], ['--max-size-mb', 'lots']]) {
      const bad = io();
      expect(await inspectCommand([path.join(specs, 'pets-3.0.yaml'), ...option], bad.io)).toBe(2);
      expect(bad.err.join('')).toContain('--max-size-mb needs a positive number');
    }
  });

  it('reads --json and --allow-ref-host HOST (repeatable) in either spelling', async () => {
    const spaced = io();
    expect(await inspectCommand([path.join(specs, 'pets-3.0.yaml'), '--json', '--allow-ref-host', 'a.example', '--allow-ref-host', 'b.example'], spaced.io)).toBe(0);
    const joined = io();
    expect(await inspectCommand(['--allow-ref-host=a.example', '--json', path.join(specs, 'pets-3.0.yaml'), '--allow-ref-host=b.example'], joined.io)).toBe(0);
    expect(JSON.parse(spaced.out.join(''))).toMatchObject({ title: 'Pets' });
    expect(joined.out).toEqual(spaced.out);
  });

  it('prints its help with --help and refuses an unknown option with exit 2 and the usage', async () => {
    const help = io();
    expect(await inspectCommand(['--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toMatch(/^Usage: roundtrip inspect <file-or-URL>[^]*--allow-ref-host HOST[^]*\nExit codes: 0 /);
    const unknown = io();
    expect(await inspectCommand([path.join(specs, 'pets-3.0.yaml'), '--jsn'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toMatch(/^roundtrip inspect: unknown option --jsn\.\nUsage: roundtrip inspect /);
    expect(unknown.out).toEqual([]);
  });

  it('accepts --allow-ref-host and lists validation problems after waiting for them, in the table and in --json', async () => {
    const captured = io();
    expect(await inspectCommand([path.join(specs, 'invalid-but-parses.json'), '--allow-ref-host=example.com'], captured.io)).toBe(0);
    expect(captured.err).toEqual([
      '2 problems found while validating (2 errors, 0 warnings); --strict refuses documents with errors:',
      "  error   #/info (line 3): must have required property 'version'",
      "  error   #/paths/~1things/get/bogus (line 10): is not a field the specification defines here (must NOT have additional properties)",
    ]);
    const json = io();
    expect(await inspectCommand([path.join(specs, 'invalid-but-parses.json'), '--json'], json.io)).toBe(0);
    expect((JSON.parse(json.out.join('')) as { problems: unknown[] }).problems).toEqual([
      { severity: 'error', message: "must have required property 'version'", pointer: '#/info', line: 3 },
      { severity: 'error', message: 'is not a field the specification defines here (must NOT have additional properties)', pointer: '#/paths/~1things/get/bogus', line: 10 },
    ]);
  });
});
