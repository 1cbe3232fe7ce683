/**
 * A stock FastAPI (pydantic 1) service with a redirect, a multipart upload, a POST that needs an
 * existing book, a replay that writes a date-time another way, and Optional fields answered as null: `roundtrip verify` and `roundtrip run` must
 * report nothing false about it.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../shared/verify/verify-report';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { runRoundtrip } from '../support/run-roundtrip';

let server: FastApiServer;
let work: string;
beforeAll(async () => {
  server = await startFastApi('stranger_library');
  work = await mkdtemp(path.join(tmpdir(), 'roundtrip-library-'));
}, 60_000);
afterAll(async () => {
  await server.stop();
});

function check(report: VerifyReport, key: string, name: string): { status: string; reason?: string } | undefined {
  return report.operations.find((op) => `${op.method} ${op.path}` === key)?.checks.find((c) => c.name === name);
}

describe('verify and run against a stock FastAPI library', () => {
  it('finds nothing false in the redirect, the upload, the loans (made and read back) and the null Optional fields', async () => {
    // Left out: pydantic 1 turns a number into a string field's text (member: 5 -> "5"), a true lax finding of its own.
    const result = await runRoundtrip('verify', server.specUrl, '--exclude-checks', 'invalid-inputs-rejected', '--reporter', 'json');
    const report = JSON.parse(result.stdout) as VerifyReport;
    expect(report.findings.map((f) => `${f.method} ${f.path} ${f.check}: ${f.message}`)).toEqual([]);
    expect(result.code).toBe(0);
    expect(check(report, 'POST /books/{book_id}/cover', 'valid-inputs-accepted')).toEqual({ name: 'valid-inputs-accepted', status: 'passed' });
    expect(check(report, 'GET /books', 'response-schema-conformance')).toEqual({ name: 'response-schema-conformance', status: 'passed' });
    for (const name of ['key-replay', 'key-conflict', 'key-concurrent', 'created-readable']) expect(check(report, 'POST /loans', name)).toEqual({ name, status: 'passed' });
    // The replay writes created_at as "…Z" where the first answer wrote "…+00:00": one instant, the same body.
    for (const name of ['key-replay', 'key-conflict', 'key-concurrent', 'created-readable']) expect(check(report, 'POST /holds', name)).toEqual({ name, status: 'passed' });
    // The hold's key is required: FastAPI answers its absence with the 422 it declares, a fair refusal.
    expect(check(report, 'POST /holds', 'key-required')).toEqual({ name: 'key-required', status: 'passed', note: "Answered 422, a 4xx the operation declares, in place of the draft's 400." });
    // A loan to read is made with a book the API listed: the chain fills the creator's book_id too.
    for (const name of ['status-conformance', 'valid-inputs-accepted']) expect(check(report, 'GET /loans/{loan_id}', name)).toEqual({ name, status: 'passed' });
  }, 180_000);

  it('says which declared status key-required accepted in place of 400, in the text, JSON and JUnit reports', async () => {
    const args = [server.specUrl, '--operation', 'POST /holds', '--checks', 'key-required'];
    const note = "Answered 422, a 4xx the operation declares, in place of the draft's 400.";
    const text = await runRoundtrip('verify', ...args);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`✓ POST /holds  1 passed, 0 failed, 0 skipped\n    key-required: ${note}`);
    const json = JSON.parse((await runRoundtrip('verify', ...args, '--reporter', 'json')).stdout) as VerifyReport;
    expect(check(json, 'POST /holds', 'key-required')).toEqual({ name: 'key-required', status: 'passed', note });
    const junit = await runRoundtrip('verify', ...args, '--reporter', 'junit');
    expect(junit.stdout).toContain(`<testcase classname="POST /holds" name="key-required" time="0"><system-out>${note}</system-out></testcase>`);
  }, 60_000);

  it('passes the implicit status check of a followed 307 to another operation', async () => {
    const collection = path.join(work, 'library');
    const imported = await runRoundtrip('import', server.specUrl, '--out', collection);
    expect(imported.code).toBe(0);
    const result = await runRoundtrip('run', collection);
    const line = result.stdout.split('\n').find((l) => l.includes('/old-books'));
    expect(line).toMatch(/^✓ .*\/old-books\s+307 -> GET \/books\S* 200\b/);
  }, 120_000);
});
