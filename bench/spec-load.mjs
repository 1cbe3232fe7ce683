// Measures opening large OpenAPI documents: Roundtrip's loader (a worker opens the document, then validates it)
// next to plain swagger-parser validate() + dereference() on the same file. Each figure is the
// median of several cold runs, each in its own child process. Usage: npm run bench:spec-load [-- --runs 5]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const coreFile = path.join(root, 'dist/bench/spec-load-core.mjs');
const args = process.argv.slice(2);

if (args[0] === '--child') {
  await child(args[1], args[2]);
} else {
  await main();
}

/** One cold run; prints one JSON line with its timings and peak memory. */
async function child(mode, file) {
  const started = performance.now();
  let firstList;
  let operations;
  if (mode === 'roundtrip') {
    const { openSpecInWorker } = await import(pathToFileURL(coreFile).href);
    // How long the main thread's event loop stalls while a worker opens and validates (IPC waits that long).
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const opened = await openSpecInWorker({ kind: 'file', path: file }, { maxBytes: 200 * 1024 * 1024 });
    firstList = performance.now() - started;
    operations = opened.spec.model.operations.length;
    const problems = await opened.validation();
    lag.disable();
    const validated = performance.now() - started;
    report({ firstList, validated, operations, problems: problems.length, maxStallMs: lag.max / 1e6 });
  } else {
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    let problems = 0;
    try {
      await SwaggerParser.validate(file);
    } catch {
      problems = 1;
    }
    const validated = performance.now() - started;
    let api;
    try {
      api = await SwaggerParser.dereference(file);
    } catch (error) {
      report({ failed: String(error.message ?? error).split('\n')[0].slice(0, 120) });
      return;
    }
    firstList = performance.now() - started;
    operations = Object.values(api.paths ?? {}).reduce((n, item) => n + Object.keys(item ?? {}).filter((k) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'].includes(k)).length, 0);
    report({ firstList, validated, operations, problems });
  }
}

function report(figures) {
  // maxRSS covers the whole process, worker threads included, in KiB.
  console.log(JSON.stringify({ ...figures, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A large generated YAML document: the YAML path is slower than JSON, so it gets measured too. */
function generatedYaml() {
  const file = path.join(os.tmpdir(), 'roundtrip-bench-generated-3000.yaml');
  const lines = ['openapi: 3.0.3', 'info:', '  title: Generated', "  version: '1'", 'paths:'];
  for (let i = 0; i < 1500; i += 1) {
    lines.push(`  /things${i}/{id}:`, '    parameters:', '      - {name: id, in: path, required: true, schema: {type: string}}');
    for (const method of ['get', 'put']) {
      lines.push(`    ${method}:`, `      operationId: ${method}Thing${i}`, `      summary: ${method} thing ${i}`, '      responses:', "        '200':", '          description: ok', '          content:', '            application/json:', `              schema: {$ref: '#/components/schemas/Thing${i % 300}'}`);
    }
  }
  lines.push('components:', '  schemas:');
  for (let i = 0; i < 300; i += 1) {
    lines.push(`    Thing${i}:`, '      type: object', '      properties:', '        id: {type: string}', '        name: {type: string, description: A name}', `        next: {$ref: '#/components/schemas/Thing${(i + 1) % 300}'}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function main() {
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  mkdirSync(path.dirname(coreFile), { recursive: true });
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning' };
  await build({ ...common, entryPoints: [path.join(root, 'electron/services/spec/open-in-worker.ts')], outfile: coreFile });
  for (const worker of ['validate-worker', 'spec-worker']) {
    await build({ ...common, format: 'cjs', logOverride: { 'empty-import-meta': 'silent' }, entryPoints: [path.join(root, `electron/services/spec/${worker}.ts`)], outfile: path.join(root, `dist/electron/${worker}.cjs`) });
  }
  const octokit = path.join(root, 'node_modules/@octokit/openapi/generated');
  const documents = [
    ['GitHub api.github.com.json (13 MB)', path.join(octokit, 'api.github.com.json')],
    ['GitHub Enterprise Cloud ghec.json (14 MB)', path.join(octokit, 'ghec.json')],
    ['generated YAML, 3,000 operations', generatedYaml()],
  ];
  console.log(`spec-load: median of ${runs} cold runs per figure, each in a fresh node process (${os.cpus().length} cores, Node ${process.version})\n`);
  const header = ['document', 'loader', 'operations', 'first list (ms)', 'validation done (ms)', 'longest main-thread stall (ms)', 'peak RSS (MB)'];
  const rows = [];
  const failures = [];
  for (const [label, file] of documents) {
    for (const mode of ['roundtrip', 'swagger-parser']) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
        const line = result.stdout.trim().split('\n').pop() ?? '';
        if (result.status !== 0 || !line.startsWith('{')) throw new Error(`${mode} on ${file} failed: ${result.stderr}`);
        samples.push(JSON.parse(line));
      }
      const loader = mode === 'roundtrip' ? 'Roundtrip (worker opens, then validates)' : 'swagger-parser validate()+dereference()';
      if (samples[0].failed !== undefined) {
        rows.push([label, loader, 'failed', '-', '-', '-', median(samples.map((s) => s.peakRssMb)).toFixed(0)]);
        failures.push(`${loader} on ${label}: ${samples[0].failed}`);
        continue;
      }
      rows.push([label, loader, String(samples[0].operations),
        median(samples.map((s) => s.firstList)).toFixed(0),
        median(samples.map((s) => s.validated)).toFixed(0),
        samples[0].maxStallMs === undefined ? 'all of it (same thread)' : median(samples.map((s) => s.maxStallMs)).toFixed(0),
        median(samples.map((s) => s.peakRssMb)).toFixed(0)]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const failure of failures) console.log(`\nfailed: ${failure}`);
  console.log('\nfirst list: the operation model is ready to show (swagger-parser: after validate and dereference, the earliest a list built on it could show).');
}
