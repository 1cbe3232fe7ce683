import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../../electron/cli/run-command';
import { startDemoServer, type DemoServer } from '../../../../electron/services/demo-api/demo-server';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { writeCollection } from '../../../support/runner-collections';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo.close();
});

function capture(): { out: string[]; err: string[]; io: { out: (t: string) => void; err: (t: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
}

describe('run-command', () => {
  it('writes json and junit beside each other from one --out, and takes a flat environment file', async () => {
    const dir = await writeCollection('two-reports', [newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', assertions: [{ type: 'status', equals: 200 }] })]);
    const envFile = path.join(dir, '..', 'env.json');
    await writeFile(envFile, JSON.stringify({ baseUrl: demo.baseUrl }));
    const { io, out } = capture();
    const base = path.join(dir, '..', 'out', 'report.txt');
    expect(await runCommand([dir, '--env', envFile, '--reporter=json,junit', '--out', base, '--concurrency', '2', '--iterations', '3'], io)).toBe(0);
    expect(out).toEqual([]);
    expect(JSON.parse(await readFile(base.replace(/\.txt$/, '.json'), 'utf8'))).toMatchObject({ summary: { steps: 3, failedSteps: 0 } });
    expect(await readFile(base.replace(/\.txt$/, '.xml'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="two-reports" tests="3" failures="0" errors="0"/);
    expect(existsSync(base)).toBe(false);
  });

  it('reads --name value and --name=value alike', async () => {
    const dir = await writeCollection('spellings', [newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', assertions: [{ type: 'status', equals: 200 }] })]);
    const spaced = capture();
    expect(await runCommand([dir, '--var', `baseUrl=${demo.baseUrl}`, '--reporter', 'json', '--iterations', '2', '--timeout', '5000', '--bail'], spaced.io)).toBe(0);
    const joined = capture();
    expect(await runCommand([`--var=baseUrl=${demo.baseUrl}`, '--reporter=json', '--iterations=2', '--timeout=5000', '--bail', dir], joined.io)).toBe(0);
    for (const { out } of [spaced, joined]) expect(JSON.parse(out.join('\n'))).toMatchObject({ summary: { steps: 2, failedSteps: 0 } });
  });

  it('prints its help with --help', async () => {
    const { io, out, err } = capture();
    expect(await runCommand(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: roundtrip run <collection-folder>[^]*--concurrency N[^]*\nExit codes: 0 every assertion passed, 1 /);
    expect(err).toEqual([]);
  });

  it('refuses bad options with exit 2 and the usage', async () => {
    for (const args of [['x', '--reporter', 'html'], ['x', '--var', 'novalue'], ['x', '--nope'], ['--bail'], ['x', '--timeout', '-1'], ['x', '--timeout=-1'], ['x', '--bail=yes'], ['x', '--out']]) {
      const { io, err } = capture();
      expect(await runCommand(args, io)).toBe(2);
      expect(err.join('\n')).toMatch(/^roundtrip run: .+\nUsage: roundtrip run <collection-folder>/);
    }
  });
});
