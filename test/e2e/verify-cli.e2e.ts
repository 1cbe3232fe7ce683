import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../electron/services/demo-api/demo-server';
import { CHECK_NAMES } from '../../shared/verify/verify-checks';
import type { VerifyReport } from '../../shared/verify/verify-report';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { runRoundtrip } from '../support/run-roundtrip';

const run = promisify(execFile);
const AUTH = ['--header', 'Authorization: Bearer secret-token'];

let demo: DemoServer;
let correct: FastApiServer;
let defects: FastApiServer;
let work: string;
beforeAll(async () => {
  [demo, correct, defects] = await Promise.all([startDemoServer(), startFastApi('verify_correct'), startFastApi('verify_defects')]);
  work = await mkdtemp(path.join(tmpdir(), 'roundtrip-verify-'));
}, 60_000);
afterAll(async () => {
  await Promise.all([demo.close(), correct.stop(), defects.stop()]);
});

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  return response.json() as Promise<unknown>;
}

async function verifyJson(...args: string[]): Promise<{ code: number; report: VerifyReport; stderr: string }> {
  const result = await runRoundtrip('verify', ...args, '--reporter', 'json');
  return { code: result.code, report: JSON.parse(result.stdout) as VerifyReport, stderr: result.stderr };
}

describe('roundtrip verify', () => {
  it('finds nothing wrong with the demo API, and deletes what it created', async () => {
    const before = (await json(`${demo.baseUrl}/items?limit=100`)) as unknown[];
    const { code, report } = await verifyJson(demo.specUrl);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report).toMatchObject({ target: demo.baseUrl, seed: 1, summary: { operations: 7, failed: 0 } });
    expect(report.summary.requests).toBeGreaterThan(100);
    expect(report.operations.map((op) => `${op.method} ${op.path}`)).toContain('GET /items/{itemId}');
    const post = report.operations.find((op) => op.method === 'POST');
    expect(post?.checks.find((c) => c.name === 'key-concurrent')).toEqual({ name: 'key-concurrent', status: 'passed' });
    expect(post?.checks.find((c) => c.name === 'auth-required')).toMatchObject({ status: 'skipped', reason: 'The operation requires no credentials.' });
    // What the server holds afterwards: the items it had, none of verify's.
    expect(await json(`${demo.baseUrl}/items?limit=100`)).toEqual(before);
  });

  it('finds nothing wrong with the correct FastAPI twin', async () => {
    const { code, report } = await verifyJson(correct.specUrl, ...AUTH);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.summary.operations).toBe(13);
    const notes = report.operations.find((op) => op.method === 'GET' && op.path === '/notes');
    expect(notes?.checks.filter((c) => c.name.startsWith('auth-')).map((c) => c.status)).toEqual(['passed', 'passed', 'passed']);
    expect(await json(`${correct.baseUrl}/books?limit=100`)).toEqual([]);
  });

  it('with a wrong key, reports the refused credentials once per operation and nothing else', async () => {
    const { code, report } = await verifyJson(correct.specUrl, '--header', 'Authorization: Bearer not-the-token', '--checks', 'auth,inputs');
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.check} ${f.method} ${f.path}`).sort()).toEqual(['auth-accepted GET /notes', 'auth-accepted GET /notes/{note_id}', 'auth-accepted POST /notes']);
    const skipped = report.operations.find((op) => op.method === 'POST' && op.path === '/notes')?.checks.find((c) => c.name === 'valid-inputs-accepted');
    expect(skipped).toMatchObject({ status: 'skipped', reason: expect.stringContaining('credentials were refused (401)') });
  });

  it('fires every check on the defective twin, each with its evidence and a curl command', async () => {
    const out = path.join(work, 'defects');
    const saved = path.join(work, 'regressions');
    const result = await runRoundtrip('verify', defects.specUrl, ...AUTH, '--reporter', 'json,junit', '--out', out, '--save-failures', saved);
    expect(result.code).toBe(1);
    const report = JSON.parse(await readFile(`${out}.json`, 'utf8')) as VerifyReport;
    const fired = new Set(report.findings.map((f) => f.check));
    expect([...CHECK_NAMES].filter((name) => !fired.has(name))).toEqual([]);
    for (const finding of report.findings) {
      expect(finding.evidence.requests.length, finding.check).toBeGreaterThan(0);
      expect(finding.curl, finding.check).toMatch(/^curl -X (GET|POST|PUT|PATCH|DELETE) 'http:\/\/127\.0\.0\.1:\d+\//);
      // The token given with --header is in no report.
      expect(JSON.stringify(finding)).not.toContain('secret-token');
    }
    const find = (check: string, method: string, p: string): VerifyReport['findings'][number] | undefined => report.findings.find((f) => f.check === check && f.method === method && f.path === p);
    expect(find('safe-method-unchanged', 'GET', '/books/{book_id}')?.evidence.stateDiff?.[0]).toMatchObject({ path: 'GET /books/{book_id}/body/reads', kind: 'changed' });
    expect(find('idempotent-repeat', 'DELETE', '/books/{book_id}')?.message).toContain('answered 500');
    expect(find('use-after-delete', 'DELETE', '/books/{book_id}')?.message).toContain('still reads 200');
    expect(find('key-concurrent', 'POST', '/orders')?.message).toMatch(/created [2-5] resources/);
    expect(find('key-required', 'POST', '/orders')?.message).toContain('answered 201 instead of 400');
    expect(find('auth-required', 'GET', '/notes')?.evidence.requests.at(-1)?.request.headers.some((h) => h.name === 'Authorization')).toBe(false);
    expect(find('invalid-inputs-rejected', 'POST', '/books')?.message).toContain('longer than maxLength 100');
    // Minimal: PATCH fails for any year after 2000, so the failing body holds a year and nothing else.
    const patch = find('valid-inputs-accepted', 'PATCH', '/books/{book_id}');
    const body = JSON.parse(patch?.evidence.requests.at(-1)?.request.body ?? '{}') as { year?: number };
    expect(Object.keys(body)).toEqual(['year']);
    expect(body.year).toBeGreaterThan(2000);
    // The created resource chain is part of the evidence.
    expect(find('safe-method-unchanged', 'GET', '/books/{book_id}')?.evidence.requests[0]?.step).toBe('create a resource for {book_id} (chain)');

    const junit = await readFile(`${out}.xml`, 'utf8');
    expect((junit.match(/<testcase /g) ?? []).length).toBe(13 * CHECK_NAMES.length);
    expect((junit.match(/<failure /g) ?? []).length).toBe(report.findings.length);
    await run('/usr/bin/python3', ['-c', 'import sys, xml.etree.ElementTree as ET; ET.parse(sys.argv[1])', `${out}.xml`]);

    // Each finding became a regression test that `roundtrip run` runs and that fails while the bug is there.
    const files = (await readdir(saved)).filter((f) => f.endsWith('.request.json'));
    expect(files).toHaveLength(report.findings.length);
    const again = await runRoundtrip('run', saved, '--reporter', 'json');
    expect(again.code).toBe(1);
  });

  it('gives the same findings for the same seed', async () => {
    // Numbers are the server's (statuses, and counts that grow as the runs add orders): what must repeat is each finding.
    const summary = (report: VerifyReport): string[] => report.findings.map((f) => `${f.check} ${f.method} ${f.path} ${f.shrunkFrom ?? ''} ${f.message.replace(/\d+/g, 'N')}`);
    const first = await verifyJson(defects.specUrl, ...AUTH, '--seed', '7', '--checks', 'inputs,conformance', '--workers', '1');
    const second = await verifyJson(defects.specUrl, ...AUTH, '--seed=7', '--checks=inputs,conformance', '--workers=1');
    expect(summary(second.report)).toEqual(summary(first.report));
    expect(first.report.seed).toBe(7);
  });

  it('prints the plan and sends nothing with --dry-run', async () => {
    const before = await json(`${demo.baseUrl}/items?limit=100`);
    const result = await runRoundtrip('verify', demo.specUrl, '--dry-run', '--operation', 'POST /items', '--checks', 'methods,idempotency-key');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('POST /items  (creates resources (deleted afterwards where the API has a DELETE))');
    expect(result.stdout).toContain('runs: created-readable ~2, key-replay ~2, key-conflict ~2, key-concurrent ~6');
    expect(result.stdout).toMatch(/1 operations, about 12 requests/);
    expect(await json(`${demo.baseUrl}/items?limit=100`)).toEqual(before);
  });

  it('refuses remote targets, bad options and an unreachable base URL with exit 2', async () => {
    const remote = await runRoundtrip('verify', demo.specUrl, '--base-url', 'http://192.0.2.10:8000');
    expect(remote.code).toBe(2);
    expect(remote.stderr).toContain('http://192.0.2.10:8000 is not this machine');
    const check = await runRoundtrip('verify', demo.specUrl, '--checks', 'nonsense');
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('unknown check or family "nonsense"');
    const op = await runRoundtrip('verify', demo.specUrl, '--operation', 'GET /nowhere');
    expect(op.code).toBe(2);
    const down = await runRoundtrip('verify', demo.specUrl, '--base-url', 'http://127.0.0.1:9');
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/127\.0\.0\.1:9.*Nothing was verified/s);
  });
});
