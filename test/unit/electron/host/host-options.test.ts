import { describe, expect, it } from 'vitest';
import { readHostOptions } from '../../../../electron/host/host-options';

function capture(): { out: string[]; err: string[]; io: { out: (t: string) => void; err: (t: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
}

describe('host-options', () => {
  it('reads --port N and --port=N alike, and --no-open', () => {
    expect(readHostOptions(['--port', '5199'], {}, capture().io)).toEqual({ port: 5199, open: true });
    expect(readHostOptions(['--port=5199', '--no-open'], {}, capture().io)).toEqual({ port: 5199, open: false });
  });

  it('reads --timeout ms, the deadline of requests that set none', () => {
    expect(readHostOptions(['--timeout', '5000', '--no-open'], {}, capture().io)).toEqual({ port: 0, open: false, timeoutMs: 5000 });
  });

  it('falls back on ROUNDTRIP_PORT, then any free port, and never opens a browser under CI', () => {
    expect(readHostOptions([], { ROUNDTRIP_PORT: '8123' }, capture().io)).toEqual({ port: 8123, open: true });
    expect(readHostOptions(['--port', '9000'], { ROUNDTRIP_PORT: '8123', CI: '1' }, capture().io)).toEqual({ port: 9000, open: false });
    expect(readHostOptions([], {}, capture().io)).toEqual({ port: 0, open: true });
  });

  it('prints the usage for --help instead of starting', () => {
    const { io, out, err } = capture();
    expect(readHostOptions(['--help'], {}, io)).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: npm run web -- \[--port N\] \[--no-open\] \[--timeout ms\][^]*\nExit codes: /);
    expect(err).toEqual([]);
  });

  it('refuses unknown options, stray arguments and bad ports with exit 2 and the usage', () => {
    for (const [args, why] of [
      [['--prot', '80'], 'unknown option --prot'],
      [['5199'], 'unexpected argument "5199"'],
      [['--port', 'http'], '"http" is not a port number'],
      [['--port=70000'], '"70000" is not a port number'],
      [['--port'], '--port needs a value'],
      [['--timeout', '0'], '--timeout needs a whole number of milliseconds from 1 to 3600000, not "0"'],
      [['--timeout=2.5'], '--timeout needs a whole number of milliseconds from 1 to 3600000, not "2.5"'],
      [['--timeout', '3600001'], '--timeout needs a whole number of milliseconds from 1 to 3600000, not "3600001"'],
    ] as const) {
      const { io, out, err } = capture();
      expect(readHostOptions(args, {}, io)).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('\n')).toMatch(new RegExp(`^npm run web: ${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^]*\\nUsage: npm run web -- `));
    }
  });
});
