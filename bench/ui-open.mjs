// Opens GitHub's REST description (13 MB, 1,223 operations) in Roundtrip's browser host and in
// Swagger UI (swagger-ui-dist, served locally by this script) with Chromium, and prints, per run
// and as medians, side by side: the time until the operation list is usable (from page load and
// from choosing the file), the first click's time to the operation's details, and the slowest
// keystroke of a filter to the next painted frame, with the machine's load average. Each run in a
// fresh browser. Needs `npm run build` first.
// Usage: npm run bench:ui-open [-- --runs 3] [-- --compare <folder of another checkout, built>] [-- --load 2]
// (--compare adds a row for that build's browser host, measured in the same run: before/after figures.
// --load N keeps N busy processes at normal priority running through every client's runs, so all are
// measured on the same, defined load besides whatever else the machine does; --load 0 for none.)
import { createReadStream, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startHost } from './support/start-host.mjs';
import { withBrowser } from './support/with-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const spec = path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');
const swaggerUi = path.join(root, 'node_modules/swagger-ui-dist');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const compareAt = args.indexOf('--compare');
const compareRoot = compareAt >= 0 ? path.resolve(args[compareAt + 1]) : undefined;
const loadAt = args.indexOf('--load');
const busyProcesses = loadAt >= 0 ? Number(args[loadAt + 1]) : 2;
const TIMEOUT_MS = 180_000;

const SWAGGER_PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/api.github.com.json', dom_id: '#swagger-ui', filter: true });</script></body></html>`;

/** Serves Swagger UI's files and the spec on 127.0.0.1. */
function serveSwaggerUi() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/') return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(SWAGGER_PAGE);
    const file = url.pathname === '/api.github.com.json' ? spec : path.join(swaggerUi, path.basename(url.pathname));
    if (!existsSync(file)) return void response.writeHead(404).end();
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/json';
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

/** Roundtrip: load the app, type the spec's path, Open; the list; then a click on the first operation. */
async function roundtripRun(hostUrl) {
  return withBrowser(async (page) => {
    const navigated = performance.now();
    await page.goto(hostUrl);
    await page.getByTestId('open-url-input').fill(spec);
    const chosen = performance.now();
    await page.getByTestId('open-url-button').click();
    const row = page.getByTestId('operation-row').first();
    await row.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const listed = performance.now();
    await row.click();
    await page.getByTestId('op-header').waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const detailed = performance.now();
    // Filtering is measured in the workspace, once the whole model has replaced the outline screen.
    await page.getByTestId('outline-waiting').waitFor({ state: 'detached', timeout: TIMEOUT_MS });
    const filter = page.getByTestId('filter-input');
    const { painted: keystroke, driver: keystrokeDriver } = await slowestKeystroke(page, filter, 'pulls merge');
    const validatingWhileTyped = (await page.getByTestId('validating').count()) > 0;
    await page.locator('[data-testid="operation-row"][data-path="/repos/{owner}/{repo}/pulls/{pull_number}/merge"]').first().waitFor({ timeout: TIMEOUT_MS });
    // The same keys once the background validation is over: what it costs the typing shows in the difference.
    await page.getByTestId('validating').waitFor({ state: 'detached', timeout: TIMEOUT_MS });
    await filter.fill('');
    // Unfiltered, the list fills its pane again (the filter leaves four rows).
    await page.getByTestId('operation-row').nth(10).waitFor({ timeout: TIMEOUT_MS });
    await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.setTimeout(resolve, 100))));
    const { painted: keystrokeValidated } = await slowestKeystroke(page, filter, 'pulls merge');
    return { fromOpen: listed - chosen, fromNavigation: listed - navigated, details: detailed - listed, detailsFromOpen: detailed - chosen, keystroke, keystrokeDriver, validatingWhileTyped, keystrokeValidated };
  });
}

/** Swagger UI: load the page (which fetches and renders the spec); the list; then a click on the first operation. */
async function swaggerRun(swaggerUrl) {
  return withBrowser(async (page) => {
    const navigated = performance.now();
    await page.goto(swaggerUrl);
    const summary = page.locator('.opblock-summary').first();
    await summary.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const listed = performance.now();
    await summary.click();
    await page.locator('.opblock-body').first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const detailed = performance.now();
    // Swagger UI's filter (on, for this) keeps the operations of the tags whose name matches.
    const { painted: keystroke, driver: keystrokeDriver } = await slowestKeystroke(page, page.locator('input.operation-filter-input'), 'pulls');
    return { fromOpen: listed - navigated, fromNavigation: listed - navigated, details: detailed - listed, detailsFromOpen: detailed - navigated, keystroke, keystrokeDriver };
  });
}

/**
 * Types `text` into `input` a key at a time and gives its slowest key two ways: as the browser's
 * Event Timing reports it (from the key's hardware timestamp to the next frame painted after the
 * page handled it: what the person sees, the measure behind INP), and as seen from the driver
 * (from just before the driver sends the key to a frame after it, so the driver's own round trip
 * through a loaded machine is in it too). Event Timing reports only events of 16 ms or more: a
 * slowest key under that shows as 16.
 */
async function slowestKeystroke(page, input, text) {
  await page.evaluate(() => {
    globalThis.__keyEvents = [];
    globalThis.__keyObserver?.disconnect();
    globalThis.__keyObserver = new globalThis.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (['keydown', 'keypress', 'beforeinput', 'input', 'keyup'].includes(entry.name)) globalThis.__keyEvents.push(entry.duration);
    });
    globalThis.__keyObserver.observe({ type: 'event', durationThreshold: 16 });
  });
  await input.focus();
  const driver = [];
  for (const key of text) {
    await page.evaluate(() => {
      globalThis.__typed = performance.now();
    });
    await page.keyboard.type(key);
    driver.push(await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.setTimeout(() => resolve(performance.now() - globalThis.__typed), 0)))));
  }
  // Event Timing entries are delivered after the frame they end in.
  const painted = await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.setTimeout(() => resolve(Math.max(16, ...globalThis.__keyEvents)), 100))));
  return { painted, driver: Math.max(...driver) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One cold run: a fresh host process each time, so nothing (a warm worker, the cache of unchanged files) carries over. */
async function coldRoundtripRun(hostRoot) {
  const host = await startHost(hostRoot);
  try {
    return await roundtripRun(host.url);
  } finally {
    host.stop();
  }
}

/** Starts `count` busy loops at normal priority: the defined load every client is measured under. */
function startLoad(count) {
  const loops = Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  const stop = () => {
    for (const loop of loops) loop.kill('SIGKILL');
  };
  process.once('exit', stop);
  return stop;
}

const swagger = await serveSwaggerUi();
const stopLoad = startLoad(busyProcesses);
try {
  const results = { Roundtrip: [], 'Swagger UI': [] };
  if (compareRoot !== undefined) results[`Roundtrip (${path.basename(compareRoot)})`] = [];
  console.log(`ui-open: GitHub's api.github.com.json (13 MB, 1,223 operations), ${runs} runs, fresh Chromium each (${os.cpus().length} cores), with ${busyProcesses} busy process${busyProcesses === 1 ? '' : 'es'} at normal priority running throughout (--load)\n`);
  console.log('Per run, Roundtrip / Swagger UI (ms): usable list from choosing the file, from page load; first click to details; slowest filter keystroke to the next painted frame (Event Timing; with the driver\'s round trip); Roundtrip\'s slowest keystroke again once its background validation is done.');
  const pair = (a, b) => `${a.toFixed(0)} / ${b.toFixed(0)}`;
  const whileValidating = (result) => (result.validatingWhileTyped ? ' typed while validating' : ' typed after validation');
  for (let run = 0; run < runs; run += 1) {
    const load = os.loadavg()[0].toFixed(2);
    const mine = await coldRoundtripRun(root);
    const theirs = await swaggerRun(swagger.url);
    results.Roundtrip.push(mine);
    results['Swagger UI'].push(theirs);
    let compared = '';
    if (compareRoot !== undefined) {
      const other = await coldRoundtripRun(compareRoot);
      results[`Roundtrip (${path.basename(compareRoot)})`].push(other);
      compared = `; compared build: ${other.fromOpen.toFixed(0)}, ${other.fromNavigation.toFixed(0)}; ${other.details.toFixed(0)}; ${other.keystroke.toFixed(0)} (${other.keystrokeDriver.toFixed(0)})${whileValidating(other)}, validated ${other.keystrokeValidated.toFixed(0)}`;
    }
    console.log(`run ${run + 1} (load average ${load}): list ${pair(mine.fromOpen, theirs.fromOpen)}, ${pair(mine.fromNavigation, theirs.fromNavigation)}; first click ${pair(mine.details, theirs.details)}; slowest keystroke ${pair(mine.keystroke, theirs.keystroke)} (${pair(mine.keystrokeDriver, theirs.keystrokeDriver)})${whileValidating(mine)}, validated ${mine.keystrokeValidated.toFixed(0)}${compared}`);
  }
  console.log(`\nMedians of ${runs} runs (load average now ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}):`);
  const header = ['client', 'list visible after choosing (ms)', 'list visible after page load start (ms)', 'click to details (ms)', 'first details after choosing (ms)', 'slowest keystroke (ms)', 'with the driver (ms)', 'slowest keystroke once validated (ms)'];
  const rows = Object.entries(results).map(([name, samples]) => [name,
    median(samples.map((s) => s.fromOpen)).toFixed(0),
    median(samples.map((s) => s.fromNavigation)).toFixed(0),
    median(samples.map((s) => s.details)).toFixed(0),
    median(samples.map((s) => s.detailsFromOpen)).toFixed(0),
    median(samples.map((s) => s.keystroke)).toFixed(0),
    median(samples.map((s) => s.keystrokeDriver)).toFixed(0),
    samples[0].keystrokeValidated === undefined ? '-' : median(samples.map((s) => s.keystrokeValidated)).toFixed(0)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const ratio = (i, of = 0) => (Number(rows[1][i]) / Number(rows[of][i])).toFixed(1);
  console.log(`\nRoundtrip is ${ratio(1)}x faster to a usable list counting from choosing the file (${ratio(2)}x from page load), ${ratio(4)}x to the first operation's details counting from choosing the file (${ratio(3)}x for the click alone).`);
  if (compareRoot !== undefined) console.log(`The compared build (${compareRoot}) is ${ratio(2, 2)}x faster than Swagger UI to a usable list from page load.`);
  console.log('Slowest keystroke: Roundtrip filters its 1,223 operations by every word of "pulls merge", while the document is validated in the background; Swagger UI (filter on) its tags by "pulls". Event Timing reports 16 ms and up, in steps of 8. Swagger UI validates nothing in the background.');
  console.log('Swagger UI has no "choose" step: its page load fetches the spec, so its "after choosing" columns count from page load.');
  console.log('Roundtrip shows a large document\'s list from its outline while the model is built; a click made then shows the operation normalized alone, ahead of the model.');
} finally {
  stopLoad();
  swagger.server.close();
}
