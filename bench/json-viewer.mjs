// Time to first paint of a 20 MB JSON response in Roundtrip's viewer: the built browser host in
// Chromium sends GET /big to a local server and waits until the first JSON line is painted.
// Prints click-to-paint (network, IPC, JSON.parse, flattening and render included) and, from
// the page's own clock, answer-arrived-to-paint. Median of several runs, each in a fresh browser.
// Needs `npm run build` first. Usage: npm run bench:json-viewer [-- --runs 3]
/* global window, document, MutationObserver, requestAnimationFrame -- the page.evaluate callbacks run in Chromium */
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startHost } from './support/start-host.mjs';
import { withBrowser } from './support/with-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const TIMEOUT_MS = 120_000;

const big = JSON.stringify({ items: Array.from({ length: 280_000 }, (_, index) => ({ id: index, name: `item ${index}`, tags: ['a', 'b'], price: index / 7 })) });
// A list as pydantic 1 writes it: a typed schema the viewer checks the answer against, and a naive
// `date-time` (no offset) in every item, so each of the 90,000 items breaks the schema once.
const events = JSON.stringify(Array.from({ length: 90_000 }, (_, index) => ({ id: index, kind: index % 2 === 0 ? 'open' : 'close', at: '2024-05-01T10:00:00', title: `event ${index} of the export`, tags: ['ops', 'billing'], owner: { id: index % 50, name: `owner ${index % 50}` } })));
const eventSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'kind', 'at', 'title'],
    properties: { id: { type: 'integer' }, kind: { enum: ['open', 'close'] }, at: { type: 'string', format: 'date-time' }, title: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } }, owner: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } } },
  },
};

function serveTarget() {
  let base = '';
  const spec = () => JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'JSON viewer bench', version: '1' },
    servers: [{ url: base }],
    paths: {
      '/big': { get: { summary: 'A large JSON list', responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } } } },
      '/events': { get: { summary: 'A large typed list', responses: { '200': { description: 'OK', content: { 'application/json': { schema: eventSchema } } } } } },
    },
  });
  const server = createServer((request, response) => {
    if (request.url === '/openapi.json') return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(spec());
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(request.url === '/events' ? events : big);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    base = `http://127.0.0.1:${server.address().port}`;
    resolve({ server, specUrl: `${base}/openapi.json` });
  }));
}

function once(hostUrl, specUrl, route) {
  return withBrowser(async (page) => {
    await page.goto(hostUrl);
    await page.getByTestId('open-url-input').fill(specUrl);
    await page.getByTestId('open-url-button').click();
    await page.locator(`[data-testid="operation-row"][data-path="${route}"]`).click();
    await page.getByTestId('op-header').waitFor({ timeout: TIMEOUT_MS });
    // The page notes when the send's answer has been read off the wire (its JSON decoded) and when a JSON line is painted.
    await page.evaluate(() => {
      const marks = (window.benchMarks = {});
      const fetchBefore = window.fetch;
      window.fetch = async (...fetchArgs) => {
        const response = await fetchBefore(...fetchArgs);
        if (String(fetchArgs[0]).includes('request:send')) {
          const readJson = response.json.bind(response);
          response.json = async () => {
            const value = await readJson();
            marks.arrived = performance.now();
            return value;
          };
        }
        return response;
      };
      const observer = new MutationObserver(() => {
        if (marks.arrived !== undefined && document.querySelector('[data-testid="response-body"] .json-line')) {
          requestAnimationFrame(() => requestAnimationFrame(() => (marks.painted = performance.now())));
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
    const clicked = performance.now();
    await page.getByTestId('send-button').click();
    await page.waitForFunction(() => window.benchMarks.painted !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 16 });
    const total = performance.now() - clicked;
    const marks = await page.evaluate(() => window.benchMarks);
    const lines = await page.locator('[data-testid="response-body"] .json-line').count();
    // The verdict against the schema comes after the first paint; until it shows, the panel is not finished.
    await page.getByTestId('response-validation').waitFor({ timeout: TIMEOUT_MS }).catch(() => undefined);
    const verdict = performance.now() - clicked;
    return { total, arrivedToPaint: marks.painted - marks.arrived, lines, verdict };
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const target = await serveTarget();
const host = await startHost(root);
const results = [];
const typed = [];
try {
  if (!args.includes("--typed-only")) for (let run = 0; run < runs; run += 1) results.push(await once(host.url, target.specUrl, "/big"));
  for (let run = 0; run < runs; run += 1) typed.push(await once(host.url, target.specUrl, '/events'));
} finally {
  host.stop();
  target.server.close();
}
console.log(`json-viewer: first paint of a ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MB JSON body (280,000 items) in Chromium, median of ${runs} runs`);
console.log(`  click Send -> first JSON line painted: ${Math.round(median(results.map((r) => r.total)))} ms (send, 20 MB over the host's /rpc, JSON.parse, flatten, render)`);
console.log(`  answer decoded in the page -> painted: ${Math.round(median(results.map((r) => r.arrivedToPaint)))} ms (JSON.parse of the body, flatten, virtualized render)`);
console.log(`  lines in the DOM after paint:         ${results[0]?.lines} (of ~280,000 in the tree; only the visible window is rendered)`);
console.log(`json-viewer: a ${(Buffer.byteLength(events) / 1024 / 1024).toFixed(1)} MB typed list (90,000 items, each breaking its schema once), median of ${runs} runs`);
console.log(`  click Send -> first JSON line painted: ${Math.round(median(typed.map((r) => r.total)))} ms`);
console.log(`  answer decoded in the page -> painted: ${Math.round(median(typed.map((r) => r.arrivedToPaint)))} ms`);
console.log(`  click Send -> verdict against the schema shown: ${Math.round(median(typed.map((r) => r.verdict)))} ms`);
