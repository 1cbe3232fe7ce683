// Measures opening large OpenAPI documents: Roundtrip's loader (a worker opens the document, then validates it)
// next to plain swagger-parser validate() + dereference() on the same file. Each figure is the
// median of several cold runs, each in its own child process. Usage: npm run bench:spec-load [-- --runs 5]
// [-- --compare <folder of another checkout>]: that checkout's loader gets its own row, its runs interleaved with
// this one's, so before/after figures share the machine's load. Then `roundtrip inspect` of GitHub's description as a
// whole process beside a swagger-parser process, wall clock (--whole-process-only skips the table above it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { wholeProcessTimes } from './support/whole-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

if (args[0] === '--child') {
  await child(args[1], args[2], args[3]);
} else {
  await main();
}

/** One cold run; prints one JSON line with its timings and peak memory. */
async function child(mode, file, core) {
  let firstList;
  let operations;
  if (mode === 'roundtrip') {
    const { openSpecInWorker } = await import(pathToFileURL(core).href);
    // The floor: how long this idle event loop stalls anyway on a busy machine (the OS not scheduling us).
    const idle = monitorEventLoopDelay({ resolution: 10 });
    idle.enable();
    await sleep(500);
    idle.disable();
    const started = performance.now();
    // How long the main thread's event loop stalls while a worker opens and validates (IPC waits that long).
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    let outlined;
    const opened = await openSpecInWorker({ kind: 'file', path: file }, { maxBytes: 200 * 1024 * 1024, onOutline: () => { outlined = performance.now() - started; } });
    const modelReady = performance.now() - started;
    // A large document's list shows from its outline; older builds (--compare) have none and show from the model.
    firstList = outlined ?? modelReady;
    // What the browser host writes: the worker's JSON text as is (older builds posted an object that had to be stringified here).
    const answer = opened.json ?? JSON.stringify(opened.spec);
    const answerReady = performance.now() - started;
    const problems = await opened.validation();
    lag.disable();
    const validated = performance.now() - started;
    // Read after the stall window, as the page would (older builds, --compare, give the object).
    operations = (opened.spec ?? JSON.parse(opened.json)).model.operations.length;
    report({ firstList, modelReady, answerReady, answerMb: answer.length / 1048576, validated, operations, problems: problems.length, maxStallMs: lag.max / 1e6, idleStallMs: idle.max / 1e6 });
  } else {
    const started = performance.now();
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
  const compareAt = args.indexOf('--compare');
  const compareRoot = compareAt >= 0 ? path.resolve(args[compareAt + 1]) : undefined;
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning' };
  const cores = {};
  for (const [name, tree] of [['roundtrip', root], ...(compareRoot === undefined ? [] : [['compare', compareRoot]])]) {
    const core = path.join(tree, 'dist/bench/spec-load-core.mjs');
    mkdirSync(path.dirname(core), { recursive: true });
    await build({ ...common, entryPoints: [path.join(tree, 'electron/services/spec/open-in-worker.ts')], outfile: core });
    for (const worker of ['spec-worker']) {
      await build({ ...common, format: 'cjs', logOverride: { 'empty-import-meta': 'silent' }, entryPoints: [path.join(tree, `electron/services/spec/${worker}.ts`)], outfile: path.join(tree, `dist/electron/${worker}.cjs`) });
    }
    cores[name] = core;
  }
  const octokit = path.join(root, 'node_modules/@octokit/openapi/generated');
  if (args.includes('--whole-process-only')) {
    printWholeProcess(path.join(octokit, 'api.github.com.json'), runs, compareRoot);
    return;
  }
  const documents = [
    ['GitHub api.github.com.json (13 MB)', path.join(octokit, 'api.github.com.json')],
    ['GitHub Enterprise Cloud ghec.json (14 MB)', path.join(octokit, 'ghec.json')],
    ['generated YAML, 3,000 operations', generatedYaml()],
  ];
  console.log(`spec-load: median of ${runs} cold runs per figure, each in a fresh node process (${os.cpus().length} cores, Node ${process.version})\n`);
  const header = ['document', 'loader', 'operations', 'first list (ms)', 'model ready (ms)', 'answer ready (ms)', 'validation done (ms)', 'longest main-thread stall (ms)', 'idle stall floor (ms)', 'peak RSS (MB)'];
  const rows = [];
  const failures = [];
  const modes = ['roundtrip', ...(compareRoot === undefined ? [] : ['compare']), 'swagger-parser'];
  for (const [label, file] of documents) {
    const samplesOf = Object.fromEntries(modes.map((mode) => [mode, []]));
    // Runs interleaved across loaders, so a burst of load elsewhere on the machine hits them alike.
    for (let run = 0; run < runs; run += 1) {
      for (const mode of modes) {
        const childArgs = mode === 'swagger-parser' ? ['swagger-parser', file] : ['roundtrip', file, cores[mode]];
        const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...childArgs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
        const line = result.stdout.trim().split('\n').pop() ?? '';
        if (result.status !== 0 || !line.startsWith('{')) throw new Error(`${mode} on ${file} failed: ${result.stderr}`);
        samplesOf[mode].push(JSON.parse(line));
      }
    }
    for (const mode of modes) {
      const samples = samplesOf[mode];
      const loader = mode === 'roundtrip' ? 'Roundtrip (worker opens, then validates)' : mode === 'compare' ? `Roundtrip at ${compareRoot}` : 'swagger-parser validate()+dereference()';
      if (samples[0].failed !== undefined) {
        rows.push([label, loader, 'failed', '-', '-', '-', '-', '-', '-', median(samples.map((s) => s.peakRssMb)).toFixed(0)]);
        failures.push(`${loader} on ${label}: ${samples[0].failed}`);
        continue;
      }
      rows.push([label, loader, String(samples[0].operations),
        median(samples.map((s) => s.firstList)).toFixed(0),
        samples[0].modelReady === undefined ? '-' : median(samples.map((s) => s.modelReady)).toFixed(0),
        samples[0].answerReady === undefined ? '-' : median(samples.map((s) => s.answerReady)).toFixed(0),
        median(samples.map((s) => s.validated)).toFixed(0),
        samples[0].maxStallMs === undefined ? 'all of it (same thread)' : median(samples.map((s) => s.maxStallMs)).toFixed(0),
        samples[0].idleStallMs === undefined ? '-' : median(samples.map((s) => s.idleStallMs)).toFixed(0),
        median(samples.map((s) => s.peakRssMb)).toFixed(0)]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const failure of failures) console.log(`\nfailed: ${failure}`);
  console.log('\nfirst list: the operation list can be shown from the main process: the outline of a document over 1 MB, else the model (swagger-parser: after validate and dereference, the earliest a list built on it could show).');
  console.log('model ready: the whole operation model (parameters, schemas) is in the main process.');
  console.log('answer ready: the JSON text the browser host writes for spec:load exists in the main process.');
  printWholeProcess(path.join(octokit, 'api.github.com.json'), runs, compareRoot);
}

/** `roundtrip inspect` (the built command) as a whole process, beside swagger-parser's validate() + dereference(). */
function printWholeProcess(file, runs, compareRoot) {
  const trees = { 'roundtrip inspect': root, ...(compareRoot === undefined ? {} : { [`roundtrip inspect at ${compareRoot}`]: compareRoot }) };
  const times = wholeProcessTimes({ file, runs, cwd: root, trees });
  const parser = times['swagger-parser'];
  console.log(`\nwhole process, GitHub api.github.com.json, median of ${runs} runs (node start-up to exit, wall clock):`);
  for (const [mode, ms] of Object.entries(times)) {
    const label = mode === 'swagger-parser' ? 'swagger-parser validate()+dereference()' : mode;
    console.log(`  ${label.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms${mode === 'swagger-parser' ? '' : `  (${(ms / parser).toFixed(2)}x swagger-parser)`}`);
  }
}
