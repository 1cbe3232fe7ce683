// Requests per second and total time of `roundtrip verify` with default settings, against the
// built-in demo API (7 operations) and the FastAPI verify fixture (13 operations, the correct
// twin, under uvicorn). Each run is the built command in its own process, as a CI job runs it;
// the total is the wall time of that process (loading the document included). Needs
// `npm run build` first, and Debian's python3-fastapi and python3-uvicorn for the fixture.
// Usage: npm run bench:verify [-- --rounds 3]
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { setTimeout } from 'node:timers';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const bin = path.join(root, 'bin/roundtrip.mjs');
if (!existsSync(path.join(root, 'dist/cli/index.mjs'))) throw new Error('Run `npm run build` first: the bench runs the built `roundtrip` command.');
const run = promisify(execFile);

// The demo API, bundled from its source for this process.
const work = await mkdtemp(path.join(os.tmpdir(), 'roundtrip-bench-verify-'));
const demoFile = path.join(work, 'demo-server.mjs');
await build({ entryPoints: [path.join(root, 'electron/services/demo-api/demo-server.ts')], bundle: true, platform: 'node', format: 'esm', outfile: demoFile, logLevel: 'warning' });
const { startDemoServer } = await import(demoFile);
const demo = await startDemoServer();

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startFixture() {
  const port = await freePort();
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
  delete env.PYTHONPATH;
  const child = spawn('/usr/bin/python3', ['-m', 'uvicorn', 'verify_correct:app', '--app-dir', path.join(root, 'test/support/fastapi'), '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning', '--no-access-log'], { env, stdio: 'ignore' });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await globalThis.fetch(`${baseUrl}/openapi.json`)).ok) return { baseUrl, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('The FastAPI fixture did not start (are python3-fastapi and python3-uvicorn installed for /usr/bin/python3?).');
}

async function measure(name, specUrl, extra) {
  const rows = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const { stdout } = await run(process.execPath, [bin, 'verify', specUrl, '--reporter', 'json', ...extra], { maxBuffer: 64 * 1024 * 1024 }).catch((error) => error);
    const wallMs = performance.now() - started;
    const report = JSON.parse(stdout);
    rows.push({ wallMs, requests: report.summary.requests, engineMs: report.summary.durationMs, operations: report.summary.operations, findings: report.summary.failed });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const wall = median(rows.map((r) => r.wallMs));
  const engine = median(rows.map((r) => r.engineMs));
  const requests = rows[0].requests;
  console.log(
    `${name.padEnd(26)} ${String(rows[0].operations).padStart(3)} operations  ${String(requests).padStart(5)} requests  ` +
      `total ${(wall / 1000).toFixed(2)} s  checks ${(engine / 1000).toFixed(2)} s  ${Math.round((requests / engine) * 1000)} requests/s  ${rows[0].findings} findings  (median of ${ROUNDS})`,
  );
}

console.log(`roundtrip verify, default settings, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'})`);
try {
  await measure('demo API', demo.specUrl, []);
  const fixture = await startFixture();
  try {
    await measure('FastAPI verify fixture', `${fixture.baseUrl}/openapi.json`, ['--header', 'Authorization: Bearer secret-token']);
  } finally {
    fixture.stop();
  }
} finally {
  await demo.close();
}
