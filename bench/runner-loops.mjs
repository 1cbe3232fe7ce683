// The baselines of bench:runner, each run in a child process of its own so that its peak memory
// is its own: the same 5 requests x N iterations with the same two checks each, sent in order by
// a plain axios keep-alive loop or plain Node http with keep-alive. Prints {"ms": ...} on stdout.
// Usage (from bench/runner.mjs): node bench/runner-loops.mjs axios|http <baseUrl> <iterations>
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import axios from 'axios';

const [mode, baseUrl, iterationsText] = process.argv.slice(2);
const iterations = Number(iterationsText);
const STEPS = [
  { method: 'GET', path: '/things/1', status: 200, check: (json) => json.id === 1 },
  { method: 'POST', path: '/things', body: '{"name":"lamp"}', status: 201, check: (json) => json.name === 'lamp' },
  { method: 'PUT', path: '/things/1', body: '{"name":"desk"}', status: 200, check: (json) => json.name === 'desk' },
  { method: 'PATCH', path: '/things/1', body: '{"name":"chair"}', status: 200, check: (json) => json.name === 'chair' },
  { method: 'DELETE', path: '/things/1', status: 204, check: () => true },
];

let failures = 0;
const judge = (step, status, text) => {
  if (status !== step.status) failures += 1;
  if (!step.check(text === '' ? {} : JSON.parse(text))) failures += 1;
};

const agent = new http.Agent({ keepAlive: true });
const client = axios.create({ httpAgent: agent, responseType: 'text', transformResponse: [(d) => d], validateStatus: () => true });

function sendHttp(step) {
  return new Promise((resolve, reject) => {
    const headers = step.body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(step.body) };
    const request = http.request(`${baseUrl}${step.path}`, { method: step.method, agent, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, text }));
    });
    request.on('error', reject);
    request.end(step.body);
  });
}

const started = performance.now();
const cpuStarted = process.cpuUsage();
for (let i = 0; i < iterations; i += 1) {
  for (const step of STEPS) {
    if (mode === 'axios') {
      const response = await client.request({ url: `${baseUrl}${step.path}`, method: step.method, data: step.body, headers: step.body === undefined ? {} : { 'Content-Type': 'application/json' } });
      judge(step, response.status, response.data);
    } else {
      const response = await sendHttp(step);
      judge(step, response.status, response.text);
    }
  }
}
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, failures })}\n`);
agent.destroy();
