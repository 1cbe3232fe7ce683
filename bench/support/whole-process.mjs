// Whole-process timings for bench:spec-load: `roundtrip inspect` as a user runs it (node start-up, the
// command's imports, open, validate, print) beside a process that runs swagger-parser's validate() and
// dereference() of the same file, wall clock from spawn to exit, runs interleaved.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** What one process of `mode` runs: argv for node. */
function commandOf(mode, file, trees) {
  if (mode === 'swagger-parser') return [new URL('swagger-parser-process.mjs', import.meta.url).pathname, file];
  return [path.join(trees[mode], 'bin/roundtrip.mjs'), 'inspect', '--json', '--max-size-mb', '200', file];
}

/** Median wall-clock ms per mode over `runs` interleaved runs; `trees` maps a Roundtrip mode to its checkout. */
export function wholeProcessTimes({ file, runs, cwd, trees }) {
  const modes = [...Object.keys(trees), 'swagger-parser'];
  const samples = Object.fromEntries(modes.map((mode) => [mode, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const mode of modes) {
      const started = performance.now();
      const result = spawnSync(process.execPath, commandOf(mode, file, trees), { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const elapsed = performance.now() - started;
      if (result.status !== 0) throw new Error(`${mode} on ${file} exited with ${result.status}: ${result.stderr}`);
      samples[mode].push(elapsed);
    }
  }
  return Object.fromEntries(modes.map((mode) => [mode, median(samples[mode])]));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
