import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { writeCollection } from '../support/runner-collections';
import { runRoundtrip } from '../support/run-roundtrip';

const run = promisify(execFile);

let shop: FastApiServer;
beforeAll(async () => {
  shop = await startFastApi('checkout_app');
}, 30_000);
afterAll(async () => {
  await shop.stop();
});

// The status and redirected properties of each suite, read by Python's XML parser.
async function junitProperties(file: string): Promise<Record<string, Record<string, string>>> {
  const script = [
    'import json, sys, xml.etree.ElementTree as ET',
    'root = ET.parse(sys.argv[1]).getroot()',
    'print(json.dumps({s.get("name"): {p.get("name"): p.get("value") for p in s.find("properties")} for s in root.findall("testsuite")}))',
  ].join('\n');
  const { stdout } = await run('/usr/bin/python3', ['-c', script, file]);
  return JSON.parse(stdout) as Record<string, Record<string, string>>;
}

describe('roundtrip run over a POST answered 303 See Other', () => {
  it('reports the POST’s own 303 and where it led, and judges the 303 by the POST’s declared responses', async () => {
    const dir = await writeCollection(
      'shop',
      [
        newSavedRequest({ name: 'Check out', method: 'POST', url: '{{baseUrl}}/checkout', operation: { key: 'POST /checkout' } }),
        newSavedRequest({ name: 'Pay', method: 'POST', url: '{{baseUrl}}/pay', operation: { key: 'POST /pay' } }),
      ],
      { spec: { source: shop.specUrl }, variables: [{ key: 'baseUrl', value: shop.baseUrl }] },
    );
    const out = path.join(dir, '..', 'report');
    const result = await runRoundtrip('run', dir, '--reporter', 'cli,json,junit', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✓ Check out {2}POST http:\/\/127\.0\.0\.1:\d+\/checkout {2}303 -> GET \/orders\/1 200 {2}/);
    expect(result.stdout).toMatch(/✗ Pay {2}POST http:\/\/127\.0\.0\.1:\d+\/pay {2}303 -> GET \/orders\/1 200 {2}/);
    expect(result.stdout).toContain('POST /pay answered a 303 redirect to /orders/1: expected a success status the spec declares (201), got 303');

    const json = JSON.parse(await readFile(`${out}.json`, 'utf8')) as { results: { name: string; status: number; redirected?: { statuses: number[]; method: string; url: string } }[] };
    expect(json.results[0]).toMatchObject({ name: 'Check out', status: 200, redirected: { statuses: [303], method: 'GET', url: `${shop.baseUrl}/orders/1` } });
    const junit = await junitProperties(`${out}.xml`);
    expect(junit['Check out']).toMatchObject({ status: '200', redirected: '303 -> GET /orders/1 200' });
    expect(junit.Pay).toMatchObject({ redirected: '303 -> GET /orders/1 200' });
  });
});
