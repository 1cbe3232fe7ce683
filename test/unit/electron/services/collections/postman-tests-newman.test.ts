import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportText, readCollectionFolder } from '../../../../../electron/services/collections/export-collection';
import { importCollection } from '../../../../../electron/services/collections/import-collection';
import { writeTree } from '../../../../../electron/services/collections/write-tree';
import { startDemoServer } from '../../../../../electron/services/demo-api/demo-server';
import { loadRunInput } from '../../../../../electron/services/runner/load-run-input';
import { runCollection } from '../../../../../electron/services/runner/run-collection';

const run = promisify(execFile);
const NEWMAN = path.resolve('node_modules/newman/bin/newman.js');
const FIXTURE = path.resolve('test/fixtures/postman/shop-tests.postman_collection.json');

interface NewmanStats {
  run: { stats: { assertions: { total: number; failed: number } }; failures: { error: { test?: string; message: string } }[] };
}

/** Runs `collection` in newman against a fresh demo API and returns its assertion totals. */
async function newman(collection: string, work: string, name: string): Promise<NewmanStats['run']> {
  const demo = await startDemoServer();
  try {
    const report = path.join(work, `${name}.json`);
    await run(process.execPath, [NEWMAN, 'run', collection, '--env-var', `baseUrl=${demo.baseUrl}`, '--reporters', 'json', '--reporter-json-export', report, '--suppress-exit-code'], { timeout: 100_000 });
    return (JSON.parse(readFileSync(report, 'utf8')) as NewmanStats).run;
  } finally {
    await demo.close();
  }
}

describe('postman tests through newman', () => {
  it('imports pm.test scripts as assertions, runs them, and exports them so newman passes the same number', { timeout: 180_000 }, async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'rt-pm-tests-'));
    const original = await newman(FIXTURE, work, 'original');
    expect(original.failures.map((f) => `${f.error.test ?? ''}: ${f.error.message}`)).toEqual([]);
    expect(original.stats.assertions.total).toBe(11);

    const imported = await importCollection(FIXTURE);
    expect(imported.warnings).toEqual([
      'Request "Create item", pre-request script line 1: kept as a note, not run (pre-request scripts are not translated).',
      'Request "List items", test script line 7: kept as a note, not run (pm.expect(items.length).to.be.at.least(1);).',
      'Request "List items", test script line 8: kept as a note, not run (items.forEach(function (item) {).',
    ]);
    await writeTree(path.join(work, 'shop'), imported.tree);

    const demo = await startDemoServer();
    try {
      const input = await loadRunInput(path.join(work, 'shop'));
      const report = await runCollection(input.plan, { variables: { baseUrl: demo.baseUrl } });
      const failed = report.results.flatMap((r) => [...(r.error === undefined ? [] : [`${r.name}: ${r.error}`]), ...r.assertions.filter((a) => !a.passed).map((a) => `${r.name}: ${a.name}: ${a.message ?? ''}`), ...r.captures.filter((c) => !c.ok).map((c) => `${r.name}: capture ${c.name}`)]);
      expect(failed).toEqual([]);
      expect(report.summary).toMatchObject({ steps: 5, passedSteps: 5, assertions: 16, failedAssertions: 0, implicitChecks: 0 });
    } finally {
      await demo.close();
    }

    const tree = await readCollectionFolder(path.join(work, 'shop'));
    const exported = path.join(work, 'shop.postman.json');
    writeFileSync(exported, exportText(tree, 'postman'));
    const back = await newman(exported, work, 'exported');
    expect(back.failures.map((f) => `${f.error.test ?? ''}: ${f.error.message}`)).toEqual([]);
    expect(back.stats.assertions.total).toBe(original.stats.assertions.total);
  });
});
