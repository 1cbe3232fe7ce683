import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** A loopback port nothing listens on: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('run-command', () => {
  it('runs and reports every step when the API serving the spec is down, with a warning first', async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const dir = await writeCollection(
      'api-down',
      [
        newSavedRequest({ name: 'Stats', method: 'GET', url: '{{baseUrl}}/stats', operation: { key: 'GET /stats' }, assertions: [{ type: 'conforms' }] }),
        newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', operation: { key: 'GET /health' } }),
      ],
      { spec: { source: `${down}/openapi.json` } },
    );
    const { io, out, err } = capture();
    const base = path.join(dir, '..', 'out', 'report');
    expect(await runCommand([dir, '--var', `baseUrl=${down}`, '--reporter', 'cli,json,junit', '--out', base], io)).toBe(1);
    expect(err).toEqual([]);
    expect(out[0]).toBe(
      `Warning: the collection's spec could not be read. Could not reach ${down}/openapi.json (connection refused). Is the server running? The run goes on without it: requests without assertions are checked for a 2xx or 3xx answer only, and "conforms" and "idempotent" assertions fail. Start the server that serves ${down}/openapi.json (or correct "spec.source" in the collection's collection.json), then run again.`,
    );
    expect(out.filter((line) => line.includes('connection refused') && /Stats|Health/.test(line))).toHaveLength(2);
    const report = JSON.parse(await readFile(`${base}.json`, 'utf8')) as { warnings: string[]; specUnreadable: unknown; results: { name: string; error?: string }[]; summary: unknown };
    expect(report.warnings).toEqual([out[0]]);
    expect(report.specUnreadable).toMatchObject({ source: `${down}/openapi.json`, why: `Could not reach ${down}/openapi.json (connection refused). Is the server running?` });
    expect(report.results.map((r) => [r.name, r.error?.includes('connection refused')])).toEqual([['Stats', true], ['Health', true]]);
    expect(report.summary).toMatchObject({ steps: 2, failedSteps: 2 });
    expect(await readFile(`${base}.xml`, 'utf8')).toContain("<!-- Warning: the collection's spec could not be read");
  });

  it('fails "conforms" with the reason when the spec cannot be read, and checks the rest for 2xx/3xx', async () => {
    const dir = await writeCollection(
      'spec-elsewhere',
      [
        newSavedRequest({ name: 'Checked', method: 'GET', url: '{{baseUrl}}/health', operation: { key: 'GET /health' }, assertions: [{ type: 'conforms' }] }),
        newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', operation: { key: 'GET /health' } }),
      ],
      { spec: { source: `http://127.0.0.1:${await closedPort()}/openapi.json` } },
    );
    const { io, out, err } = capture();
    expect(await runCommand([dir, '--var', `baseUrl=${demo.baseUrl}`, '--reporter', 'json'], io)).toBe(1);
    expect(err[0]).toMatch(/^Warning: the collection's spec could not be read\. Could not reach .* \(connection refused\)/);
    const report = JSON.parse(out.join('\n')) as { results: { name: string; status?: number; assertions: { name: string; passed: boolean; message?: string }[] }[] };
    expect(report.results.map((r) => [r.name, r.status, r.assertions.map((a) => [a.name, a.passed])])).toEqual([
      ['Checked', 200, [['body conforms to the spec', false]]],
      ['Health', 200, [['implicit: status is 2xx or 3xx', true]]],
    ]);
    expect(report.results[0]?.assertions[0]?.message).toMatch(/^expected a check against the spec, got none \(the collection's spec could not be read: Could not reach .* \(connection refused\)/);
  });

  it('keeps a spec file that is read but broken a bad-input error when an assertion needs it', async () => {
    const dir = await writeCollection('broken-spec', [newSavedRequest({ name: 'Checked', method: 'GET', url: '{{baseUrl}}/health', operation: { key: 'GET /health' }, assertions: [{ type: 'conforms' }] })], { spec: { source: 'openapi.json' } });
    await writeFile(path.join(dir, 'openapi.json'), '{"openapi": "3.0.3", "paths": {');
    const { io } = capture();
    await expect(runCommand([dir, '--var', `baseUrl=${demo.baseUrl}`], io)).rejects.toMatchObject({ name: 'UserFacingError', code: 'spec-syntax', message: expect.stringMatching(/^The run did not start: the collection's spec \(openapi\.json\) was read but cannot be used\.\n.* is not valid JSON/) });
  });

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
