import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';
import { runRoundtrip } from '../support/run-roundtrip';
import { startBrowserHost } from './support/browser-host';

const COMMANDS = ['inspect', 'run', 'import', 'export', 'verify', 'sync'];

describe('command lines of the built commands', () => {
  it('answers roundtrip --help and each command --help with its usage and exit codes on stdout', async () => {
    const top = await runRoundtrip('--help');
    expect(top.code).toBe(0);
    for (const command of COMMANDS) expect(top.stdout).toContain(`  ${command} <`);
    for (const command of COMMANDS) {
      for (const flag of ['--help', '-h']) {
        const { code, stdout, stderr } = await runRoundtrip(command, flag);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(stdout).toMatch(new RegExp(`^Usage: roundtrip ${command} `));
        expect(stdout).toMatch(/\nExit codes: 0 /);
      }
    }
  });

  it('refuses an unknown option of every command with exit 2 and the usage on stderr', async () => {
    for (const command of COMMANDS) {
      const { code, stdout, stderr } = await runRoundtrip(command, 'x', '--frobnicate');
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toContain(`roundtrip ${command}: unknown option --frobnicate.\nUsage: roundtrip ${command} `);
    }
  });

  it('prints the browser host usage for --help instead of starting it, and refuses unknown options', async () => {
    const host = path.resolve('dist/host/index.mjs');
    const help = await promisify(execFile)(process.execPath, [host, '--help'], { timeout: 20_000 });
    expect(help.stdout).toMatch(/^Usage: npm run web -- \[--port N\]/);
    expect(help.stdout).toMatch(/\nExit codes: /);
    const refused = await promisify(execFile)(process.execPath, [host, '--prot', '80'], { timeout: 20_000 }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('npm run web: unknown option --prot.\nUsage: npm run web') });
  });

  it('starts the browser host on the port given as --port N and as --port=N', async () => {
    for (const spelling of [(port: number) => ['--port', String(port)], (port: number) => [`--port=${port}`]]) {
      const port = await freePort();
      const host = await startBrowserHost({ args: spelling(port) });
      try {
        expect(new URL(host.url).port).toBe(String(port));
      } finally {
        await host.stop();
      }
    }
  });
});
