// Runs shell commands side by side and fails when any of them fails. Each command's output is held
// and printed in one piece when it ends, so interleaved lines never hide which check said what.
// `npm test` starts its checks this way: type-checking, lint and the build each use one core, and
// one after another they kept a 2-core machine half idle for over a minute.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('Usage: node scripts/side-by-side.mjs "<command>" ["<command>" ...]');
  process.exit(2);
}

/** Runs `command` in a shell; resolves with its exit code and everything it printed, in order. */
function run(command) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => resolve({ command, code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString('utf8'), seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(
  commands.map(async (command) => {
    const result = await run(command);
    const verdict = result.code === 0 ? 'done' : `FAILED (exit ${result.code})`;
    process.stdout.write(`\n> ${command}: ${verdict} in ${result.seconds.toFixed(1)} s\n${result.output}`);
    return result;
  }),
);
const failed = results.filter((result) => result.code !== 0);
for (const result of failed) console.error(`Failed: ${result.command} (exit ${result.code})`);
process.exitCode = failed.length > 0 ? 1 : 0;
