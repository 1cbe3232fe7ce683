/**
 * `roundtrip run` sends from a second process started with one V8 helper thread. What a person
 * sees must not change: Ctrl+C stops after the request in flight and the report is written, a
 * second Ctrl+C or a SIGTERM ends the run at once, and no process is left sending behind them.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { writeCollection } from '../support/runner-collections';

const bin = path.resolve('bin/roundtrip.mjs');

/** A server that counts requests and holds each one until the test lets it go (or answers at once when told to). */
let received = 0;
let holding = true;
const held: (() => void)[] = [];
let arrived: (() => void) | undefined;
const server = http.createServer((request, response) => {
  received += 1;
  const answer = (): void => void response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  if (holding) held.push(answer);
  else answer();
  arrived?.();
  request.resume();
});
const nextArrival = (): Promise<void> => new Promise((resolve) => (arrived = resolve));
const releaseAll = (): void => {
  for (const answer of held.splice(0)) answer();
};

let collection: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  collection = await writeCollection('held', [newSavedRequest({ name: 'Read', method: 'GET', url: `${baseUrl}/things/1`, assertions: [{ type: 'status', equals: 200 }] })]);
});
afterAll(async () => {
  releaseAll();
  await new Promise((resolve) => server.close(resolve));
});

interface Started {
  readonly parent: ChildProcess;
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>;
  readonly report: string;
}

/** Starts `roundtrip run` in a process group of its own, as a shell starts a foreground job. */
function startRun(env: Readonly<Record<string, string>> = {}): Started {
  const report = path.join(collection, '..', `report-${Date.now()}.json`);
  const parent = spawn(process.execPath, [bin, 'run', collection, '--iterations', '1000', '--reporter', 'cli,json', '--out', report], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stdout = '';
  parent.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) => parent.once('exit', (code, signal) => resolve({ code, signal, stdout })));
  return { parent, ended, report };
}

/** The processes `pid` started, from Linux's /proc. */
async function childrenOf(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text.split(/\s+/).filter(Boolean).map(Number);
}

async function commandLineOf(pid: number): Promise<string[]> {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean);
}

/** Ctrl+C in a terminal: SIGINT to the foreground process group. */
const pressCtrlC = (parent: ChildProcess): void => {
  process.kill(-(parent.pid ?? 0), 'SIGINT');
};

// The process checks read Linux's /proc, and Windows runs in one process.
describe.runIf(process.platform === 'linux')('roundtrip run as a process', () => {
  it('sends from a child with one V8 helper thread, and Ctrl+C stops after the request in flight with the report written', async () => {
    received = 0;
    const first = nextArrival();
    const run = startRun();
    await first;
    const [child] = await childrenOf(run.parent.pid ?? 0);
    expect(child).toBeDefined();
    const args = await commandLineOf(child ?? 0);
    expect(args).toContain('--v8-pool-size=1');
    expect(args).toContain('--max-semi-space-size=8');
    expect(args.slice(args.indexOf(bin))).toEqual([bin, 'run', collection, '--iterations', '1000', '--reporter', 'cli,json', '--out', run.report]);

    pressCtrlC(run.parent);
    // The request in flight is answered; the run sends nothing after it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    releaseAll();
    const outcome = await run.ended;
    expect(outcome.signal).toBeNull();
    expect(outcome.code).toBe(1);
    const report = JSON.parse(await readFile(run.report, 'utf8')) as { summary: { stopped: string | null; steps: number; passedSteps: number } };
    expect(report.summary).toMatchObject({ stopped: 'user', steps: 1, passedSteps: 1 });
    expect(outcome.stdout).toContain('1/1 requests passed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toBe(1);
    expect(existsSync(`/proc/${child ?? 0}`)).toBe(false);
  });

  it('ends at once on a second Ctrl+C, with the status a shell expects, and leaves no process behind', async () => {
    received = 0;
    const first = nextArrival();
    const run = startRun();
    await first;
    const [child] = await childrenOf(run.parent.pid ?? 0);
    pressCtrlC(run.parent);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The request is still held: the run is waiting to stop. A second Ctrl+C does not wait.
    pressCtrlC(run.parent);
    const outcome = await run.ended;
    expect(outcome.signal).toBe('SIGINT');
    expect(existsSync(`/proc/${child ?? 0}`)).toBe(false);
    releaseAll();
    expect(received).toBe(1);
  });

  it('takes a Ctrl+C that a tool sends to every process of the run as one press', async () => {
    received = 0;
    const first = nextArrival();
    const run = startRun();
    await first;
    const [child] = await childrenOf(run.parent.pid ?? 0);
    // As concurrently or systemd stop a tree: each process gets its own SIGINT.
    run.parent.kill('SIGINT');
    process.kill(child ?? 0, 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 200));
    releaseAll();
    const outcome = await run.ended;
    expect(outcome).toMatchObject({ code: 1, signal: null });
    expect(JSON.parse(await readFile(run.report, 'utf8'))).toMatchObject({ summary: { stopped: 'user', steps: 1 } });
  });

  it('passes a SIGTERM sent to it alone on to the run, and ends by it', async () => {
    received = 0;
    const first = nextArrival();
    const run = startRun();
    await first;
    const [child] = await childrenOf(run.parent.pid ?? 0);
    run.parent.kill('SIGTERM');
    const outcome = await run.ended;
    expect(outcome.signal).toBe('SIGTERM');
    expect(existsSync(`/proc/${child ?? 0}`)).toBe(false);
    releaseAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toBe(1);
  });

  it('ends the run when a kill reaches only the group it was started in (a CI job past its time limit)', async () => {
    received = 0;
    const first = nextArrival();
    const run = startRun();
    await first;
    const [child] = await childrenOf(run.parent.pid ?? 0);
    process.kill(-(run.parent.pid ?? 0), 'SIGKILL');
    expect((await run.ended).signal).toBe('SIGKILL');
    const deadline = Date.now() + 5000;
    while (existsSync(`/proc/${child ?? 0}`) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(existsSync(`/proc/${child ?? 0}`)).toBe(false);
    // Were it still running, answering its request would bring the next one.
    releaseAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toBe(1);
  });

  it('stops with the command on Ctrl+Z and goes on with it on fg', async () => {
    received = 0;
    holding = false;
    const run = startRun();
    await nextArrival();
    const [child] = await childrenOf(run.parent.pid ?? 0);
    process.kill(-(run.parent.pid ?? 0), 'SIGTSTP');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const state = async (pid: number): Promise<string> => (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.[0] ?? '';
    expect(await state(run.parent.pid ?? 0)).toBe('T');
    expect(await state(child ?? 0)).toBe('T');
    const whileStopped = received;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toBe(whileStopped);
    process.kill(-(run.parent.pid ?? 0), 'SIGCONT');
    await nextArrival();
    expect(received).toBeGreaterThan(whileStopped);
    run.parent.kill('SIGTERM');
    await run.ended;
    holding = true;
  });

  it('leaves a run that a tool forked alone when that tool lets go of its channel', async () => {
    received = 0;
    holding = false;
    const report = path.join(collection, '..', 'forked.json');
    const forked = fork(bin, ['run', collection, '--iterations', '200', '--reporter', 'json', '--out', report], { env: { ...process.env, ROUNDTRIP_SINGLE_PROCESS: '1' }, stdio: 'ignore' });
    await nextArrival();
    forked.disconnect();
    const [code] = (await once(forked, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(JSON.parse(await readFile(report, 'utf8'))).toMatchObject({ summary: { steps: 200, passedSteps: 200 } });
    holding = true;
  });

  it('stays in one process with ROUNDTRIP_SINGLE_PROCESS=1, and Ctrl+C still stops it gracefully', async () => {
    received = 0;
    const first = nextArrival();
    const run = startRun({ ROUNDTRIP_SINGLE_PROCESS: '1' });
    await first;
    expect(await childrenOf(run.parent.pid ?? 0)).toEqual([]);
    pressCtrlC(run.parent);
    await new Promise((resolve) => setTimeout(resolve, 200));
    releaseAll();
    const outcome = await run.ended;
    expect(outcome.code).toBe(1);
    expect(JSON.parse(await readFile(run.report, 'utf8'))).toMatchObject({ summary: { stopped: 'user', steps: 1 } });
  });
});
