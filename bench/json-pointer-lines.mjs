// Times the line lookup for problems' JSON pointers on GitHub's REST description (13 MB,
// @octokit/openapi): shared/spec/json-pointer-lines.ts (jsonc-parser's visit(), a path built only
// where a key could end a wanted pointer) against visit() building every path and parseTree(), for a pointer near the start, one near the end and one
// that is not there (a whole pass). Prints medians. Usage: npm run bench:json-pointer-lines [-- --rounds 5]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5;
const coreFile = path.join(root, 'dist/bench/json-pointer-lines-core.mjs');
await build({ entryPoints: [path.join(root, 'bench/json-pointer-lines-core.ts')], outfile: coreFile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const core = await import(pathToFileURL(coreFile).href);

const text = readFileSync(path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8');
const doc = JSON.parse(text);
const lastSchema = Object.keys(doc.components.schemas).at(-1);
const cases = {
  'near the start (#/info)': ['#/info'],
  'near the end (last schema)': [`#/components/schemas/${lastSchema.replace(/~/g, '~0').replace(/\//g, '~1')}`],
  'absent (a whole pass)': ['#/paths/~1no-such-path/get'],
};
const candidates = { 'jsonPointerLines (visit, paths on a key match)': core.jsonPointerLines, 'visit, every path': core.visitPointerLines, 'parseTree + findNodeAtLocation': core.treePointerLines };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`GitHub's description: ${(text.length / 1e6).toFixed(1)} MB, ${ROUNDS} rounds, median ms`);
for (const [label, pointers] of Object.entries(cases)) {
  const wanted = new Set(pointers);
  const row = [];
  let expected;
  for (const [name, fn] of Object.entries(candidates)) {
    const times = [];
    let lines;
    for (let round = 0; round < ROUNDS; round += 1) {
      const started = performance.now();
      lines = fn(text, wanted);
      times.push(performance.now() - started);
    }
    const found = JSON.stringify([...lines]);
    expected ??= found;
    row.push(`${name} ${median(times).toFixed(1)}${found === expected ? '' : ` (differs: ${found})`}`);
  }
  console.log(`${label}: ${row.join(' | ')}  -> ${expected}`);
}
