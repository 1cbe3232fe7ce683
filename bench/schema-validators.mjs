// ajv (what response validation uses, in the main process: it compiles schemas to code with
// new Function) against @cfworker/json-schema (no code generation, so it could run in the
// renderer under its CSP) on the JSON responses of GitHub's REST description: the first
// validation of each schema (ajv compiles then), later validations per second, and whether the
// two agree on generated valid and invalid bodies. Usage: npm run bench:schema-validators [-- --schemas 300]
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Validator } from '@cfworker/json-schema';
import { loadCore } from './support/load-core.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const LIMIT = args.includes('--schemas') ? Number(args[args.indexOf('--schemas') + 1]) : 300;
const REPEAT = 50;
const core = await loadCore('schema-validators');

const spec = await core.loadSpec({ kind: 'file', path: path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json') }, { maxBytes: 200 * 1024 * 1024 });
const model = spec.model;
const modern = core.usesJsonSchema2020(model.specVersion);
const ctx = { defs: model.schemaDefs, openapi30: !modern, direction: 'response' };
const cases = [];
for (const op of model.operations) {
  const expectation = core.responseExpectation(model, op);
  const ok = expectation.responses.find((r) => r.status === '200');
  const schema = ok?.content.find((c) => /json/.test(c.mediaType))?.schema;
  if (schema !== undefined) cases.push({ schema, defs: expectation.schemaDefs });
  if (cases.length >= LIMIT) break;
}

const random = core.seededRandom(1);
const stats = { ajvFirst: 0, ajvRepeat: 0, cfFirst: 0, cfRepeat: 0, values: 0, agree: 0, disagree: 0, cfErrors: 0 };
for (const { schema, defs } of cases) {
  const values = [core.validValue(schema, ctx, random, { optional: 'all' }), ...core.invalidValues(schema, ctx, random).slice(0, 3).map((v) => v.value)];
  let started = performance.now();
  const ajvVerdicts = values.map((v) => core.validateAgainstSchema(v, schema, defs, modern).length === 0);
  stats.ajvFirst += performance.now() - started;
  started = performance.now();
  for (let i = 0; i < REPEAT; i++) for (const v of values) core.validateAgainstSchema(v, schema, defs, modern);
  stats.ajvRepeat += performance.now() - started;

  let cf;
  try {
    started = performance.now();
    cf = new Validator(core.rootSchema(schema, defs, modern), modern ? '2020-12' : '7', false);
    const cfVerdicts = values.map((v) => cf.validate(v).valid);
    stats.cfFirst += performance.now() - started;
    started = performance.now();
    for (let i = 0; i < REPEAT; i++) for (const v of values) cf.validate(v);
    stats.cfRepeat += performance.now() - started;
    cfVerdicts.forEach((verdict, i) => (verdict === ajvVerdicts[i] ? stats.agree++ : stats.disagree++));
  } catch {
    stats.cfErrors++;
  }
  stats.values += values.length;
}
const perSecond = (ms) => Math.round((stats.values * REPEAT) / (ms / 1000));
console.log(`${cases.length} response schemas of GitHub's REST description, ${stats.values} generated bodies (1 valid, up to 3 invalid each)`);
console.log(`ajv                    first validation (compile) ${stats.ajvFirst.toFixed(0)} ms total, then ${perSecond(stats.ajvRepeat)} validations/s`);
console.log(`@cfworker/json-schema  first validation           ${stats.cfFirst.toFixed(0)} ms total, then ${perSecond(stats.cfRepeat)} validations/s`);
console.log(`verdicts: ${stats.agree} agree, ${stats.disagree} differ; ${stats.cfErrors} schemas @cfworker/json-schema could not take`);
