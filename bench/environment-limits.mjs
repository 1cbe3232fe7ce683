// Times the environment list's limit checks on a list at its limits (200 environments x 500
// variables): what runs at each keystroke in the environment editor (the problems shown beside the
// fields), and at each keystroke in a missing {{variable}}'s fill. Prints medians and worst cases.
// Usage: npm run bench:environment-limits [-- --rounds 30]
import { performance } from 'node:perf_hooks';
import { loadCore } from './support/load-core.mjs';

const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 30;
const core = await loadCore('environment-limits');

const ENVIRONMENTS = 200;
const VARIABLES = 500;
const saved = Array.from({ length: ENVIRONMENTS }, (_, e) => ({
  id: `env-${e}`,
  name: `Environment ${e}`,
  variables: Array.from({ length: VARIABLES }, (_, v) => ({ name: `variable${v}`, value: `https://host-${e}.example.test/${v}`, secret: v % 50 === 0 })),
}));

/** The list after typing `text` into variable 250's value of environment 100, as the store makes it. */
function typed(list, text) {
  return list.map((environment, e) => (e === 100 ? { ...environment, variables: environment.variables.map((variable, v) => (v === 250 ? { ...variable, value: text } : variable)) } : environment));
}

function time(fn) {
  const started = performance.now();
  fn();
  return performance.now() - started;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(2)} ms`;

// Per keystroke in the editor: the problems shown, from the list as it is now and as the file holds
// it. Without a memo the whole list is checked; with one (as the editor keeps it) only the edited
// environment is.
function keystrokes(memo) {
  let list = saved;
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    list = typed(list, `typed-${round}`);
    times.push(time(() => core.fitToLimits(list, saved, memo)));
  }
  return { list, times };
}
const whole = keystrokes(undefined);
console.log(`editor keystroke, ${ENVIRONMENTS} x ${VARIABLES}, whole list: median ${ms(median(whole.times))}, worst ${ms(Math.max(...whole.times))}`);
if (core.fitMemo) {
  const memo = core.fitMemo();
  core.fitToLimits(saved, saved, memo);
  const edited = keystrokes(memo);
  console.log(`editor keystroke, ${ENVIRONMENTS} x ${VARIABLES}, edited environment (memo): median ${ms(median(edited.times))}, worst ${ms(Math.max(...edited.times))}`);
}

// Per keystroke in a missing variable's fill: is the planned change refused?
function fills(memo) {
  const times = [];
  for (let round = 0; round < ROUNDS; round++) times.push(time(() => core.planVariableFill(whole.list, 'env-100', { name: 'missing', value: `value-${round}`, secret: false }, 'new', memo)));
  return times;
}
const fill = fills(undefined);
console.log(`variable fill keystroke, ${ENVIRONMENTS} x ${VARIABLES}, whole list: median ${ms(median(fill))}, worst ${ms(Math.max(...fill))}`);
if (core.fitMemo) {
  const memoFill = fills(core.fitMemo());
  console.log(`variable fill keystroke, ${ENVIRONMENTS} x ${VARIABLES}, changed environment (memo): median ${ms(median(memoFill))}, worst ${ms(Math.max(...memoFill))} (the first builds the memo)`);
}
