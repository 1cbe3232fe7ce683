import { describe, expect, it } from 'vitest';
import { commandLine, parseCommandLine } from '../../../../electron/cli/command-line';

const EXAMPLE = commandLine({
  name: 'roundtrip example',
  usage: 'roundtrip example <thing> [--out FILE] [--tag T]... [--dry]',
  help: 'Does an example.\n\nExit codes: 0 done, 2 bad input.',
  options: { out: { type: 'string' }, tag: { type: 'string', multiple: true }, dry: { type: 'boolean' } },
});

function capture(): { out: string[]; err: string[]; io: { out: (t: string) => void; err: (t: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
}

describe('command-line', () => {
  it('reads --name value and --name=value alike, repeated options in order', () => {
    const spaced = parseCommandLine(EXAMPLE, ['a', '--out', 'f.json', '--tag', 'x', '--tag', 'y', '--dry'], capture().io);
    const joined = parseCommandLine(EXAMPLE, ['--out=f.json', 'a', '--tag=x', '--tag=y', '--dry'], capture().io);
    expect(spaced).toEqual({ values: { out: 'f.json', tag: ['x', 'y'], dry: true }, positionals: ['a'] });
    expect(joined).toEqual(spaced);
  });

  it('takes - as a value (standard output) and a dashed value only after =', () => {
    expect(parseCommandLine(EXAMPLE, ['a', '--out', '-'], capture().io)).toMatchObject({ values: { out: '-' } });
    expect(parseCommandLine(EXAMPLE, ['a', '--out=-x'], capture().io)).toMatchObject({ values: { out: '-x' } });
    const { io, err } = capture();
    expect(parseCommandLine(EXAMPLE, ['a', '--out', '-x'], io)).toBe(2);
    expect(err[0]).toMatch(/^roundtrip example: --out needs a value \(for one that starts with a dash, write --out=VALUE\)/);
  });

  it('prints the help on stdout with exit 0 for --help and -h', () => {
    for (const flag of ['--help', '-h']) {
      const { io, out, err } = capture();
      expect(parseCommandLine(EXAMPLE, ['a', flag, '--bogus'], io)).toBe(2);
      expect(err).toHaveLength(1);
      const help = capture();
      expect(parseCommandLine(EXAMPLE, [flag], help.io)).toBe(0);
      expect(help.out.join('\n')).toBe('Usage: roundtrip example <thing> [--out FILE] [--tag T]... [--dry]\n\nDoes an example.\n\nExit codes: 0 done, 2 bad input.');
      expect(help.err).toEqual([]);
      expect(out).toEqual([]);
    }
  });

  it('refuses unknown options, missing or empty values and values on a flag with exit 2 and the usage', () => {
    const cases: [string[], string][] = [
      [['a', '--bogus'], 'unknown option --bogus'],
      [['a', '-x'], 'unknown option -x'],
      [['a', '--out'], '--out needs a value'],
      [['a', '--out='], '--out needs a value'],
      [['a', '--tag='], '--tag needs a value'],
      [['a', '--dry=yes'], '--dry takes no value'],
    ];
    for (const [args, why] of cases) {
      const { io, out, err } = capture();
      expect(parseCommandLine(EXAMPLE, args, io)).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('\n')).toBe(`roundtrip example: ${why}.\nUsage: roundtrip example <thing> [--out FILE] [--tag T]... [--dry]\nAdd --help for the options.`);
    }
  });
});
