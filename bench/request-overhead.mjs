// Sends N sequential small requests to a local server three ways in the same run: through
// Roundtrip's full send path (dispatch with input validation, timings, response validation
// against a schema, history written to disk), through a plain axios keep-alive loop, and
// through plain Node http with keep-alive. Prints the per-request time of each (median of
// rounds, modes interleaved) and the range of each round's ratio to axios. Usage:
// npm run bench:request-overhead [-- --n 2000 --rounds 5 --warmup 3000] [-- --only roundtrip] (--only runs
// one mode, e.g. under node --cpu-prof, and prints its figures alone).
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import axios from 'axios';
import { loadCore } from './support/load-core.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const N = option('--n', 2000);
const ROUNDS = option('--rounds', 5);
const WARMUP = option('--warmup', 3000);
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const BODY = JSON.stringify({ id: 1, name: 'Lamp', price: 12.5, tags: ['a', 'b'] });

const { createBenchDispatch } = await loadCore('request-overhead');

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(BODY) }).end(BODY);
});
server.keepAliveTimeout = 60_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/items/1`;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-bench-overhead-'));
const dispatch = createBenchDispatch(dataDir);
const expect = {
  specVersion: '3.0.3',
  responses: [{ status: '200', content: [{ mediaType: 'application/json', schema: { $ref: '#/components/schemas/Item' } }] }],
  schemaDefs: { '#/components/schemas/Item': { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { type: 'string' }, price: { type: 'number' }, tags: { type: 'array', items: { type: 'string' } } } } },
};

const axiosClient = axios.create({ httpAgent: new http.Agent({ keepAlive: true }), responseType: 'arraybuffer', validateStatus: () => true });
const nodeAgent = new http.Agent({ keepAlive: true });

// A renderer's input arrives freshly deserialized on every send (V8's structured clone over Electron
// IPC, JSON in the browser host), never as the same objects twice, so each send gets its own copy
// and no cache in the send path can key on object identity. The copies are made a few at a time
// with the clock stopped: deserializing is IPC's work, not the send path's (about 5% of an axios
// request in instructions), and copies made all at once ahead of a round would outlive
// young-generation collections and be charged to the send path as garbage-collector work.
const template = serialize({ method: 'GET', url, headers: [{ name: 'Accept', value: 'application/json' }], expect });
const CHUNK = 50;

const modes = {
  async roundtrip(input) {
    const result = await dispatch('request:send', input);
    if (!result.ok || result.value.validation?.conforms !== true) throw new Error(`roundtrip send failed: ${JSON.stringify(result).slice(0, 300)}`);
  },
  async axios() {
    const response = await axiosClient.get(url, { headers: { Accept: 'application/json' } });
    if (response.status !== 200) throw new Error('axios failed');
  },
  node() {
    return new Promise((resolve, reject) => {
      http
        .get(url, { agent: nodeAgent, headers: { Accept: 'application/json' } }, (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => (Buffer.concat(chunks).length > 0 ? resolve() : reject(new Error('empty'))));
          response.on('error', reject);
        })
        .on('error', reject);
    });
  },
};

// Wall time per request, and CPU time per request (this process: client, server and threadpool),
// which other load on a shared machine disturbs far less than wall time.
// Every mode is timed the same way, in chunks of CHUNK sends between which the clock stops.
async function run(send, count) {
  let wall = 0;
  let cpu = 0;
  for (let done = 0; done < count; done += CHUNK) {
    const size = Math.min(CHUNK, count - done);
    const inputs = send === modes.roundtrip ? Array.from({ length: size }, () => deserialize(template)) : [];
    const started = performance.now();
    const before = process.cpuUsage();
    for (let index = 0; index < size; index += 1) await send(inputs[index]);
    const used = process.cpuUsage(before);
    wall += performance.now() - started;
    cpu += used.user + used.system;
  }
  if (send === modes.roundtrip) {
    // History is written in batches after the answers (200 ms later): let this round's last batch
    // land here, with its CPU charged to Roundtrip, rather than inside the next mode's timing.
    // Wall time leaves it out, as the app answers before it writes.
    const settling = process.cpuUsage();
    await sleep(400);
    const used = process.cpuUsage(settling);
    cpu += used.user + used.system;
  }
  return { wall: (wall * 1000) / count, cpu: cpu / count };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const perRequest = { roundtrip: [], axios: [], node: [] };
const chosen = Object.entries(modes).filter(([name]) => ONLY === undefined || name === ONLY);
if (chosen.length === 0) throw new Error(`--only takes one of ${Object.keys(modes).join(', ')}`);
// Warm-up: V8 optimizes a path only after many calls, and the Roundtrip path is more code than an
// axios call (zod, ajv, history); 200 sends left the first round paying for compilation. The first
// round may still run slower for every mode (the heap is still growing): the median is reported.
for (const [, send] of chosen) await run(send, WARMUP);
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, send] of chosen) perRequest[name].push(await run(send, N));
}
// history:list waits for the queue to drain, then counts what history kept.
const listed = await dispatch('history:list', { limit: 10_000 });
const written = listed.ok ? listed.value.length : 0;
const segments = existsSync(path.join(dataDir, 'history')) ? readdirSync(path.join(dataDir, 'history')).length : 0;

const axiosUs = ONLY ? NaN : median(perRequest.axios.map((each) => each.wall));
const axiosCpu = ONLY ? NaN : median(perRequest.axios.map((each) => each.cpu));
console.log(`request-overhead: ${N} sequential GETs of a ${Buffer.byteLength(BODY)}-byte JSON body to 127.0.0.1, median of ${ROUNDS} rounds (Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)})`);
for (const name of ['node', 'axios', 'roundtrip'].filter((each) => perRequest[each].length > 0)) {
  const us = median(perRequest[name].map((each) => each.wall));
  const cpu = median(perRequest[name].map((each) => each.cpu));
  console.log(`  ${name.padEnd(10)} ${us.toFixed(1).padStart(7)} µs/request  ${Math.round(1e6 / us).toString().padStart(6)} req/s  ${(us / axiosUs).toFixed(2)}x axios   CPU ${cpu.toFixed(1).padStart(6)} µs/request  ${(cpu / axiosCpu).toFixed(2)}x axios`);
}
// Each round runs the modes back to back, so its own ratio is the least disturbed by load that comes and goes.
if (!ONLY) {
  const ratios = (key) => perRequest.roundtrip.map((each, round) => each[key] / (perRequest.axios[round]?.[key] ?? NaN)).sort((a, b) => a - b);
  const range = (values) => `${values[0].toFixed(2)}-${values.at(-1).toFixed(2)}x`;
  console.log(`  roundtrip / axios per round: wall ${range(ratios('wall'))}, CPU ${range(ratios('cpu'))}`);
  if (args.includes('--rounds-detail')) for (const [round, each] of perRequest.roundtrip.entries()) console.log(`    round ${round + 1}: roundtrip ${each.wall.toFixed(1)} µs (CPU ${each.cpu.toFixed(1)}), axios ${perRequest.axios[round]?.wall.toFixed(1)} µs (CPU ${perRequest.axios[round]?.cpu.toFixed(1)})`);
}
console.log(`  roundtrip path includes: zod input check, manual redirects/timings, schema validation (ajv), history (${written} entries kept in ${segments} segment files, limit 1000)`);
server.closeAllConnections();
server.close();
rmSync(dataDir, { recursive: true, force: true });
