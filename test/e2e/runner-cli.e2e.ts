import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../electron/services/demo-api/demo-server';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { crudRequests, writeCollection } from '../support/runner-collections';
import { runRoundtrip } from '../support/run-roundtrip';

const run = promisify(execFile);
const roundtrip = runRoundtrip;

interface JunitCase {
  name: string;
  failure: string | null;
  error: string | null;
}
interface JunitSuite {
  name: string;
  tests: number;
  failures: number;
  cases: JunitCase[];
}

// Parsed by Python's XML parser: an independent, strict reader of the file CI systems will get.
async function parseJunit(file: string): Promise<{ tests: number; failures: number; suites: JunitSuite[] }> {
  const script = [
    'import json, sys, xml.etree.ElementTree as ET',
    'root = ET.parse(sys.argv[1]).getroot()',
    'assert root.tag == "testsuites"',
    'suites = [{"name": s.get("name"), "tests": int(s.get("tests")), "failures": int(s.get("failures")), "cases": [{"name": c.get("name"), "failure": (c.find("failure").get("message") if c.find("failure") is not None else None), "error": (c.find("error").get("message") if c.find("error") is not None else None)} for c in s.findall("testcase")]} for s in root.findall("testsuite")]',
    'print(json.dumps({"tests": int(root.get("tests")), "failures": int(root.get("failures")), "suites": suites}))',
  ].join('\n');
  const { stdout } = await run('/usr/bin/python3', ['-c', script, file]);
  return JSON.parse(stdout) as { tests: number; failures: number; suites: JunitSuite[] };
}

let demo: DemoServer;
let books: FastApiServer;
beforeAll(async () => {
  [demo, books] = await Promise.all([startDemoServer(), startFastApi()]);
}, 30_000);
afterAll(async () => {
  await Promise.all([demo.close(), books.stop()]);
});

describe('roundtrip run', () => {
  it('passes a CRUD chain against the demo API (exit 0) and writes JUnit and JSON reports', async () => {
    const dir = await writeCollection('demo-crud', crudRequests(), { spec: { source: `${demo.baseUrl}/openapi.json` }, variables: [{ key: 'itemName', value: 'lamp' }] });
    await mkdir(path.join(dir, 'environments'));
    await writeFile(path.join(dir, 'environments', 'local.json'), JSON.stringify({ name: 'local', variables: [{ name: 'baseUrl', value: demo.baseUrl }] }));
    const out = path.join(dir, '..', 'report');
    const result = await roundtrip('run', dir, '--env', 'local', '--reporter', 'cli,json,junit', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ Create item {2}POST http:\/\/127\.0\.0\.1:\d+\/items {2}201/);
    expect(result.stdout).toContain('demo-crud: 5 requests. Not idempotent (each run creates or changes something again): Create item.');
    expect(result.stdout).toContain('demo-crud: 5/5 requests passed, 12/12 assertions passed');
    const junit = await parseJunit(`${out}.xml`);
    expect(junit).toMatchObject({ tests: 13, failures: 0 });
    expect(junit.suites.map((s) => s.name)).toEqual(['Create item', 'Read item', 'Update item', 'Delete item', 'Read deleted item']);
    expect(junit.suites[0]?.cases.map((c) => c.name)).toEqual(['status is 201', 'header Location matches /items/', '$.name equals "lamp"', 'body conforms to the spec', 'capture createdId']);
    const json = JSON.parse(await readFile(`${out}.json`, 'utf8')) as { summary: { passedSteps: number } };
    expect(json.summary.passedSteps).toBe(5);
  });

  it('fails (exit 1) with expected versus actual in the JUnit file, and --bail stops early', async () => {
    const dir = await writeCollection('books-failing', [
      newSavedRequest({ name: 'Create book', method: 'POST', url: '{{baseUrl}}/books', body: { mode: 'raw', mediaType: 'application/json', text: '{"title":"T","author":"A","year":2001}' }, assertions: [{ type: 'status', equals: 201 }], captures: [{ name: 'bookId', from: 'json', path: '$.id' }] }),
      newSavedRequest({ name: 'Read book', method: 'GET', url: '{{baseUrl}}/books/{{bookId}}', assertions: [{ type: 'json', path: '$.year', op: 'equals', value: 1999 }, { type: 'json', path: '$.title', op: 'type', value: 'string' }] }),
      newSavedRequest({ name: 'Delete book', method: 'DELETE', url: '{{baseUrl}}/books/{{bookId}}', assertions: [{ type: 'status', equals: 204 }] }),
    ]);
    const file = path.join(dir, '..', 'junit.xml');
    const result = await roundtrip('run', dir, '--var', `baseUrl=${books.baseUrl}`, '--reporter', 'junit', '--out', file, '--iterations', '2');
    expect(result.code).toBe(1);
    const junit = await parseJunit(file);
    expect(junit.failures).toBe(2);
    const read = junit.suites.find((s) => s.name === 'Read book');
    expect(read?.cases[0]?.failure).toBe('expected $.year to equal 1999, got 2001');
    expect(junit.suites).toHaveLength(6);

    const bailed = await roundtrip('run', dir, '--var', `baseUrl=${books.baseUrl}`, '--bail');
    expect(bailed.code).toBe(1);
    expect(bailed.stdout).toContain('✗ Read book');
    expect(bailed.stdout).not.toContain('Delete book');
    expect(bailed.stdout).toContain('Stopped at the first failure (--bail).');
  });

  it('passes a create-read-update-delete chain against FastAPI, each answer conforming to its generated spec', async () => {
    const json = (text: string) => ({ mode: 'raw' as const, mediaType: 'application/json', text });
    const dir = await writeCollection(
      'books-crud',
      [
        newSavedRequest({ name: 'Create book', method: 'POST', url: '{{baseUrl}}/books', body: json('{"title":"Dune","author":"Frank Herbert","year":1965}'), operation: { key: 'POST /books' }, assertions: [{ type: 'status', equals: 201 }, { type: 'conforms' }], captures: [{ name: 'bookId', from: 'json', path: '$.id' }] }),
        newSavedRequest({ name: 'Read book', method: 'GET', url: '{{baseUrl}}/books/{{bookId}}', operation: { key: 'GET /books/{book_id}' }, assertions: [{ type: 'json', path: '$.id', op: 'equals', value: '{{bookId}}' }, { type: 'conforms' }] }),
        newSavedRequest({ name: 'Update book', method: 'PUT', url: '{{baseUrl}}/books/{{bookId}}', body: json('{"title":"Dune Messiah","author":"Frank Herbert","year":1969}'), operation: { key: 'PUT /books/{book_id}' }, assertions: [{ type: 'json', path: '$.year', op: 'equals', value: 1969 }, { type: 'idempotent' }] }),
        newSavedRequest({ name: 'Delete book', method: 'DELETE', url: '{{baseUrl}}/books/{{bookId}}', operation: { key: 'DELETE /books/{book_id}' }, assertions: [{ type: 'status', equals: 204 }, { type: 'conforms' }] }),
      ],
      { spec: { source: `${books.baseUrl}/openapi.json` } },
    );
    const result = await roundtrip('run', dir, '--var', `baseUrl=${books.baseUrl}`);
    expect(result.stdout).toContain('books-crud: 4/4 requests passed, 8/8 assertions passed');
    expect(result.code).toBe(0);
  });

  it('prints the JSON report on stdout when no file is given, progress on stderr', async () => {
    const dir = await writeCollection('health', [newSavedRequest({ name: 'Health', method: 'GET', url: '{{baseUrl}}/health', assertions: [{ type: 'json', path: '$.status', op: 'equals', value: 'ok' }] })]);
    const result = await roundtrip('run', dir, '--var', `baseUrl=${books.baseUrl}`, '--reporter', 'json,cli');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { summary: { steps: number } }).summary.steps).toBe(1);
    expect(result.stderr).toContain('All passed.');
  });

  it('fails (exit 1) a collection without assertions whose answers are 401 and 404, and says nothing was asserted', async () => {
    const secured = await startFastApi('forms_app');
    try {
      const dir = await writeCollection(
        'wrong-key',
        [
          newSavedRequest({ name: 'Who am I', method: 'GET', url: `${secured.baseUrl}/me`, auth: { type: 'bearer', token: 'wrong-token' } }),
          newSavedRequest({ name: 'Missing book', method: 'GET', url: `${books.baseUrl}/books/999999`, operation: { key: 'GET /books/{book_id}' } }),
          newSavedRequest({ name: 'Health', method: 'GET', url: `${books.baseUrl}/health` }),
        ],
        { spec: { source: `${books.baseUrl}/openapi.json` } },
      );
      const junitFile = path.join(dir, '..', 'junit.xml');
      const result = await roundtrip('run', dir, '--reporter', 'cli,junit', '--out', junitFile);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/✗ Who am I {2}GET http:\/\/127\.0\.0\.1:\d+\/me {2}401 {2}[\d.]+ ms {2}\(implicit status check\)/);
      expect(result.stdout).toContain('✗ implicit: status is a success the spec declares (200): expected a success status the spec declares (200), got 404');
      expect(result.stdout).toContain('wrong-key: 1/3 requests passed, 0/0 assertions passed, 1/3 implicit status checks passed');
      expect(result.stdout).toContain('Nothing was asserted');
      expect(result.stdout).not.toContain('All passed.');
      const junit = await parseJunit(junitFile);
      expect(junit).toMatchObject({ tests: 3, failures: 2 });
      expect(junit.suites[0]?.cases[0]?.name).toBe('implicit: status is 2xx or 3xx');
      expect(await readFile(junitFile, 'utf8')).toContain('<system-out>Nothing was asserted');
    } finally {
      await secured.stop();
    }
  });

  it('notes a replayed answer on its line and in the reports, and prints no rate when nothing answered', async () => {
    const library = await startFastApi('stranger_library');
    try {
      const key = `run-replay-${Date.now()}`;
      const hold = newSavedRequest({ name: 'Place hold', method: 'POST', url: `${library.baseUrl}/holds`, headers: [{ name: 'Idempotency-Key', value: key }], body: { mode: 'raw', mediaType: 'application/json', text: '{"book_id":1,"member":"ann"}' } });
      const dir = await writeCollection('holds', [hold, { ...hold, name: 'Place hold again' }]);
      const junitFile = path.join(dir, '..', 'holds.xml');
      const result = await roundtrip('run', dir, '--reporter', 'cli,junit', '--out', junitFile);
      expect(result.code).toBe(0);
      const lines = result.stdout.split('\n');
      const again = lines.findIndex((l) => l.startsWith('✓ Place hold again'));
      expect(lines[again + 1]).toContain('replayed: the server returned its stored answer to this Idempotency-Key');
      expect(lines[lines.findIndex((l) => l.startsWith('✓ Place hold ')) + 1]).not.toContain('replayed');
      expect((await readFile(junitFile, 'utf8')).match(/<property name="replayed" value="true"\/>/g)).toHaveLength(1);
    } finally {
      await library.stop();
    }
    const down = await writeCollection('down', [newSavedRequest({ name: 'Health', method: 'GET', url: 'http://127.0.0.1:9/health' })]);
    const refused = await roundtrip('run', down);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/down: 0\/1 requests passed.* in \d+ ms\.$/m);
    expect(refused.stdout).not.toContain('requests/s');
  });

  it('runs one iteration per row of a CSV or JSON data file, the columns as variables', async () => {
    const dir = await writeCollection('data-driven', [
      newSavedRequest({
        name: 'Create item',
        method: 'POST',
        url: '{{baseUrl}}/items',
        body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"{{name}}","price":{{price}}}' },
        assertions: [{ type: 'status', equals: 201 }, { type: 'json', path: '$.name', op: 'equals', value: '{{name}}' }, { type: 'json', path: '$.price', op: 'equals', value: '{{price}}' }],
      }),
    ]);
    const csv = path.join(dir, '..', 'rows.csv');
    await writeFile(csv, 'name,price\r\n"lamp, ""small""",3\r\n"two\nlines",12\r\nchair,5\r\n');
    const result = await roundtrip('run', dir, '--var', `baseUrl=${demo.baseUrl}`, '--data', csv, '--reporter', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { summary: { iterations: number; steps: number; assertions: number; failedAssertions: number } };
    expect(report.summary).toMatchObject({ iterations: 3, steps: 3, assertions: 9, failedAssertions: 0 });
    const items = (await (await fetch(`${demo.baseUrl}/items`)).json()) as { name: string; price: number }[];
    expect(items.map((i) => [i.name, i.price])).toEqual(expect.arrayContaining([['lamp, "small"', 3], ['two\nlines', 12], ['chair', 5]]));

    const json = path.join(dir, '..', 'rows.json');
    await writeFile(json, JSON.stringify([{ name: 'desk', price: 40 }]));
    const fromJson = await roundtrip('run', dir, '--var', `baseUrl=${demo.baseUrl}`, '--data', json);
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout).toContain('data-driven: 1/1 requests passed, 3/3 assertions passed');

    await writeFile(csv, 'name,price\n"open,3\n');
    const broken = await roundtrip('run', dir, '--var', `baseUrl=${demo.baseUrl}`, '--data', csv);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`The data file ${csv} cannot be used: a quoted field opened on line 2 is never closed.`);
  });

  it('refuses bad input with exit 2 and a clear message', async () => {
    const missing = await roundtrip('run', path.join(demo.baseUrl.replace(/\W/g, ''), 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/is not a folder\. Give the folder of a saved collection/);

    const dir = await writeCollection('broken', [newSavedRequest({ name: 'Health', method: 'GET', url: 'http://127.0.0.1:9/health' })]);
    const unknownEnv = await roundtrip('run', dir, '--env', 'staging');
    expect(unknownEnv.code).toBe(2);
    expect(unknownEnv.stderr).toContain('Unknown environment "staging"');

    await writeFile(path.join(dir, '02-broken.request.json'), '{"format": "roundtrip.request", ');
    const broken = await roundtrip('run', dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/cannot run:\n {2}broken\/02-broken\.request\.json: /);

    const badOption = await roundtrip('run', dir, '--iterations', 'many');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('--iterations needs a whole number above 0, not "many"');
  });
});
