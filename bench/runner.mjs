// Requests per second and peak memory of the collection runner. One local server; the same
// collection of 5 requests (GET, POST, PUT, PATCH, DELETE, two assertions each) for N iterations,
// in the same run: `roundtrip run`, `newman run` on the Postman export of that collection (with the
// same two checks as Postman tests), a plain axios keep-alive loop and a plain Node http loop.
// Each runs in its own process under /usr/bin/time for its peak RSS. Needs `npm run build` first.
// Usage: npm run bench:runner [-- --iterations 200 --rounds 3] [-- --cpu-prof <folder>] [-- --compare <folder>]
// (--compare adds `roundtrip run` of another built checkout, interleaved: before/after figures.)
// (`roundtrip run, one process` is the same build with ROUNDTRIP_SINGLE_PROCESS=1: without the
// second process it starts with one V8 helper thread.)
// (--cpu-prof writes a V8 CPU profile of each `roundtrip run` and axios loop into that folder.)
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const ITERATIONS = option('--iterations', 200);
const ROUNDS = option('--rounds', 3);
const REQUESTS = ITERATIONS * 5;
const profileDir = args.includes('--cpu-prof') ? path.resolve(args[args.indexOf('--cpu-prof') + 1]) : undefined;
const compareRoot = args.includes('--compare') ? path.resolve(args[args.indexOf('--compare') + 1]) : undefined;
const profiled = profileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir];
const bin = path.join(root, 'bin/roundtrip.mjs');
const newmanBin = path.join(root, 'node_modules/newman/bin/newman.js');
if (!existsSync(path.join(root, 'dist/cli/index.mjs'))) throw new Error('Run `npm run build` first: the bench runs the built `roundtrip` command.');

// The server: answers at once, keeps sockets alive.
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (request.method === 'DELETE') return response.writeHead(204).end();
    const sent = body === '' ? {} : JSON.parse(body);
    const text = JSON.stringify({ id: 1, name: sent.name ?? 'lamp', price: 3 });
    response.writeHead(request.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) }).end(text);
  });
});
server.keepAliveTimeout = 60_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;

// The collection, as Roundtrip saves it.
const work = await mkdtemp(path.join(os.tmpdir(), 'roundtrip-bench-runner-'));
const dir = path.join(work, 'bench');
await mkdir(dir);
const json = (mediaType, text) => ({ mode: 'raw', mediaType, text });
const steps = [
  { name: 'Get thing', method: 'GET', url: '{{baseUrl}}/things/1', body: { mode: 'none' }, status: 200, path: '$.id', value: 1 },
  { name: 'Create thing', method: 'POST', url: '{{baseUrl}}/things', body: json('application/json', '{"name":"lamp"}'), status: 201, path: '$.name', value: 'lamp' },
  { name: 'Replace thing', method: 'PUT', url: '{{baseUrl}}/things/1', body: json('application/json', '{"name":"desk"}'), status: 200, path: '$.name', value: 'desk' },
  { name: 'Change thing', method: 'PATCH', url: '{{baseUrl}}/things/1', body: json('application/json', '{"name":"chair"}'), status: 200, path: '$.name', value: 'chair' },
  { name: 'Delete thing', method: 'DELETE', url: '{{baseUrl}}/things/1', body: { mode: 'none' }, status: 204 },
];
const files = steps.map((_, i) => `0${i + 1}-step.request.json`);
await writeFile(path.join(dir, 'collection.json'), JSON.stringify({ format: 'roundtrip.collection', version: 1, name: 'bench', variables: [{ key: 'baseUrl', value: baseUrl }], order: files }));
for (const [i, step] of steps.entries()) {
  const assertions = [{ type: 'status', equals: step.status }, step.path ? { type: 'json', path: step.path, op: 'equals', value: step.value } : { type: 'header', name: 'Connection', op: 'exists' }];
  await writeFile(path.join(dir, files[i]), JSON.stringify({ format: 'roundtrip.request', version: 1, name: step.name, method: step.method, url: step.url, headers: [], body: step.body, auth: { type: 'none' }, assertions }));
}

// The Postman export of that collection (roundtrip export), with the same two checks as tests.
const postmanFile = path.join(work, 'bench.postman.json');
await promisify(execFile)(process.execPath, [bin, 'export', dir, '--format', 'postman', '--out', postmanFile]);
const postman = JSON.parse(await readFile(postmanFile, 'utf8'));
const items = postman.item;
for (const item of items) {
  const step = steps.find((s) => s.name === item.name);
  const second = step.path ? `pm.test('${step.path}', () => pm.expect(pm.response.json()${step.path.slice(1)}).to.eql(${JSON.stringify(step.value)}));` : `pm.test('Connection', () => pm.response.to.have.header('Connection'));`;
  item.event = [{ listen: 'test', script: { type: 'text/javascript', exec: [`pm.test('status', () => pm.response.to.have.status(${step.status}));`, second] } }];
}
await writeFile(postmanFile, JSON.stringify(postman));

/** Runs a command under /usr/bin/time; resolves with wall ms, peak RSS in MB, CPU seconds (user + system, all threads) and stdout. */
function measure(command, commandArgs, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M CPU_S=%U+%S', command, ...commandArgs], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
      const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(stderr);
      resolve({ code, wallMs, peakMb: peak, cpuS: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, stdout, stderr });
    });
  });
}

const reportFile = path.join(work, 'report.json');
const newmanReport = path.join(work, 'newman.json');
/** `roundtrip run` of the build under `checkout`, timed by its own report. */
async function roundtripRun(checkout, env = {}) {
  const r = await measure(process.execPath, [...profiled, path.join(checkout, 'bin/roundtrip.mjs'), 'run', dir, '--iterations', String(ITERATIONS), '--reporter', 'json', '--out', reportFile], env);
  if (r.code !== 0) throw new Error(`roundtrip run failed (${r.code}): ${r.stderr.slice(0, 2000)}`);
  const report = JSON.parse(await readFile(reportFile, 'utf8'));
  return { ...r, runMs: report.summary.durationMs, failed: report.summary.failedAssertions };
}

const modes = {
  'roundtrip run': () => roundtripRun(root),
  // The same build kept in one process: what its second process (one V8 helper thread) brings.
  'roundtrip run, one process': () => roundtripRun(root, { ROUNDTRIP_SINGLE_PROCESS: '1' }),
  ...(compareRoot === undefined ? {} : { [`compared (${path.basename(compareRoot)})`]: () => roundtripRun(compareRoot) }),
  'newman run': async () => {
    const r = await measure(process.execPath, [newmanBin, 'run', postmanFile, '-n', String(ITERATIONS), '--reporters', 'json', '--reporter-json-export', newmanReport, '--env-var', `baseUrl=${baseUrl}`]);
    if (r.code !== 0) throw new Error(`newman run failed (${r.code}): ${r.stdout.slice(0, 2000)} ${r.stderr.slice(0, 2000)}`);
    const report = JSON.parse(await readFile(newmanReport, 'utf8'));
    return { ...r, runMs: report.run.timings.completed - report.run.timings.started, failed: report.run.stats.assertions.failed };
  },
  'axios keep-alive loop': async () => {
    const r = await measure(process.execPath, [...profiled, path.join(root, 'bench/runner-loops.mjs'), 'axios', baseUrl, String(ITERATIONS)]);
    const out = JSON.parse(r.stdout);
    return { ...r, runMs: out.ms, failed: out.failures };
  },
  'node http loop': async () => {
    const r = await measure(process.execPath, [path.join(root, 'bench/runner-loops.mjs'), 'http', baseUrl, String(ITERATIONS)]);
    const out = JSON.parse(r.stdout);
    return { ...r, runMs: out.ms, failed: out.failures };
  },
};

const results = Object.fromEntries(Object.keys(modes).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  // Interleaved, so that a slow moment of the machine does not land on one mode only.
  for (const [name, run] of Object.entries(modes)) results[name].push(await run());
  console.log(`round ${round + 1} (load average ${os.loadavg()[0].toFixed(2)}), req/s in run: ${Object.entries(results).map(([name, runs]) => `${name} ${Math.round(REQUESTS / (runs[round].runMs / 1000))}`).join(', ')}`);
}
server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = Object.entries(results).map(([name, runs]) => {
  const runMs = median(runs.map((r) => r.runMs));
  const wallMs = median(runs.map((r) => r.wallMs));
  return { name, rps: REQUESTS / (runMs / 1000), wallRps: REQUESTS / (wallMs / 1000), peakMb: Math.max(...runs.map((r) => r.peakMb)), failed: Math.max(...runs.map((r) => r.failed)) };
});
const by = Object.fromEntries(rows.map((r) => [r.name, r]));
const pad = (text, width) => String(text).padEnd(width);
const nameWidth = Math.max(24, ...rows.map((r) => r.name.length + 2));
console.log(`bench:runner: ${REQUESTS} requests (5 x ${ITERATIONS} iterations, 2 assertions each) against ${baseUrl}, median of ${ROUNDS} rounds, ${os.cpus().length} cores, node ${process.version}`);
console.log(`${pad('', nameWidth)}${pad('req/s (in run)', 16)}${pad('req/s (process)', 17)}${pad('peak RSS', 11)}failed assertions`);
for (const r of rows) console.log(`${pad(r.name, nameWidth)}${pad(Math.round(r.rps), 16)}${pad(Math.round(r.wallRps), 17)}${pad(`${r.peakMb.toFixed(0)} MB`, 11)}${r.failed}`);
const rt = by['roundtrip run'];
console.log('');
console.log(`roundtrip vs newman: ${(rt.rps / by['newman run'].rps).toFixed(1)}x requests/s in run (target >= 20x), ${(rt.wallRps / by['newman run'].wallRps).toFixed(1)}x per process; peak RSS ${rt.peakMb.toFixed(0)} MB vs ${by['newman run'].peakMb.toFixed(0)} MB`);
console.log(`roundtrip vs plain axios loop: ${((rt.rps / by['axios keep-alive loop'].rps) * 100).toFixed(0)}% (target >= 95%); vs plain node http: ${((rt.rps / by['node http loop'].rps) * 100).toFixed(0)}%`);
// The two ran back to back in each round, so a round's ratio compares them under the same moment of
// the machine; on a shared machine that is steadier than the ratio of the two medians above.
const roundRatios = results['roundtrip run'].map((run, round) => results['axios keep-alive loop'][round].runMs / run.runMs);
console.log(`roundtrip vs plain axios loop, round by round: median ${(median(roundRatios) * 100).toFixed(0)}% (rounds: ${roundRatios.map((r) => `${(r * 100).toFixed(0)}%`).join(', ')})`);
console.log(`roundtrip run in one process vs plain axios loop: ${((by['roundtrip run, one process'].rps / by['axios keep-alive loop'].rps) * 100).toFixed(0)}%`);
if (compareRoot !== undefined) {
  const other = rows.find((row) => row.name.startsWith('compared'));
  console.log(`the compared build vs plain axios loop: ${((other.rps / by['axios keep-alive loop'].rps) * 100).toFixed(0)}%`);
}
// CPU time moves less with the machine's other work than wall time does: it says how much each
// process did (start-up included), where requests/s also say how long it waited for a core.
console.log(`CPU seconds per process (user + system, start-up included), median: ${Object.entries(results).map(([name, runs]) => `${name} ${median(runs.map((r) => r.cpuS)).toFixed(2)}`).join(', ')}`);
console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`);
