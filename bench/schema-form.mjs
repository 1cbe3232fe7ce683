// Times the body form's pure core on every JSON request body of GitHub's REST description
// (@octokit/openapi): describing the form (root and its direct fields, as the first paint does),
// a fresh value from the schema, and validating the body's example (what the raw editor does on
// each keystroke). Prints per-body medians and worst cases. Usage: npm run bench:schema-form [-- --rounds 5]
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadCore } from './support/load-core.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5;
const core = await loadCore('schema-form');

const specFile = path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');
const spec = await core.loadSpec({ kind: 'file', path: specFile }, { maxSizeMb: 200 });
const defs = spec.model.schemaDefs;
const bodies = spec.model.operations.flatMap((op) => (op.requestBody?.content ?? []).filter((m) => /json/.test(m.mediaType) && m.schema).map((m) => ({ op, media: m })));

function time(fn) {
  const started = performance.now();
  fn();
  return performance.now() - started;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values) => Math.max(...values);

const describeTimes = [];
const defaultTimes = [];
const validateTimes = [];
let problems = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, { media }] of bodies.entries()) {
    describeTimes[i] = [...(describeTimes[i] ?? []), time(() => {
      const shape = core.describeField(media.schema, defs);
      if (shape.kind === 'object') for (const p of shape.properties) core.describeField(p.schema, defs);
    })];
    defaultTimes[i] = [...(defaultTimes[i] ?? []), time(() => core.defaultValue(media.schema, defs))];
    const example = core.exampleForMediaType(media, defs);
    validateTimes[i] = [...(validateTimes[i] ?? []), time(() => {
      const found = core.validateJson(media.schema, example, defs);
      if (round === 0) problems += found.length === 0 ? 0 : 1;
    })];
  }
}
const perBody = (times) => times.map(median);
const report = (label, times) => {
  const values = perBody(times);
  console.log(`${label.padEnd(34)} median ${median(values).toFixed(3)} ms   worst ${max(values).toFixed(2)} ms   all ${values.reduce((a, b) => a + b, 0).toFixed(1)} ms`);
};
console.log(`GitHub REST description: ${bodies.length} JSON request bodies, ${Object.keys(defs).length} schema definitions, median of ${ROUNDS} rounds per body`);
report('describe form (root + fields)', describeTimes);
report('fresh value from schema', defaultTimes);
report('validate the example body', validateTimes);
console.log(`examples that do not match their own schema (checked by hand: real mismatches in the document): ${problems} of ${bodies.length}`);
