/**
 * `roundtrip run <collection-folder> [--env NAME|FILE] [--var k=v]... [--iterations N] [--bail]
 * [--reporter cli,json,junit] [--out FILE] [--timeout ms] [--concurrency N]`: runs a saved
 * collection headless. Exit 0 when every assertion passes, 1 when any fails, 2 on bad input.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cliReport, planText, stepLine, summaryText } from '../../shared/runner/cli-report';
import { junitReport } from '../../shared/runner/junit-report';
import type { RunReport } from '../../shared/runner/run-result';
import { UserFacingError } from '../services/app-error';
import { loadEnvironment, loadRunInput, loadRunSpec } from '../services/runner/load-run-input';
import { runCollection } from '../services/runner/run-collection';
import type { CommandIo } from './inspect-command';

export const RUN_USAGE = 'roundtrip run <collection-folder> [--env NAME|FILE] [--var k=v]... [--iterations N] [--bail] [--reporter cli,json,junit] [--out FILE] [--timeout ms] [--concurrency N]';

const REPORTERS = new Set(['cli', 'json', 'junit']);
const VALUED = new Set(['env', 'var', 'iterations', 'reporter', 'out', 'timeout', 'concurrency']);

interface RunArgs {
  readonly target: string;
  readonly env?: string;
  readonly vars: Record<string, string>;
  readonly iterations: number;
  readonly bail: boolean;
  readonly reporters: readonly string[];
  readonly out?: string;
  readonly timeoutMs?: number;
  readonly concurrency: number;
}

/** Runs a collection and returns the exit code; bad input is reported on `io.err` with code 2. */
export async function runCommand(args: readonly string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`roundtrip run: ${parsed}\nUsage: ${RUN_USAGE}`);
    return 2;
  }
  const input = await loadRunInput(parsed.target);
  if (input.plan.steps.length === 0) throw new UserFacingError('empty-collection', `${input.plan.collectionName} (${input.collectionDir}) has no requests to run. Save some requests into it first.`);
  const environment = parsed.env === undefined ? {} : await loadEnvironment(parsed.env, input.collectionDir);
  const model = await loadRunSpec(input);

  const files = parsed.reporters.filter((r) => r !== 'cli');
  // Machine-readable reports own stdout when no file is given; progress then goes to stderr.
  const cliOut = files.length > 0 && parsed.out === undefined ? io.err : io.out;
  const showCli = parsed.reporters.includes('cli');
  if (showCli) cliOut(planText(input.plan, parsed.iterations));
  const report = await runCollection(input.plan, {
    variables: { ...environment, ...parsed.vars },
    variablesLabel: parsed.env === undefined ? '--var' : `the environment "${parsed.env}" or --var`,
    setIn: parsed.env === undefined ? 'an environment (--env) or --var' : `the environment "${parsed.env}" or --var`,
    iterations: parsed.iterations,
    bail: parsed.bail,
    concurrency: parsed.concurrency,
    ...(parsed.timeoutMs === undefined ? {} : { timeoutMs: parsed.timeoutMs }),
    ...(model ? { model } : {}),
    ...(signal ? { signal } : {}),
    ...(showCli ? { onStep: (result) => cliOut(stepLine(result, parsed.iterations)) } : {}),
  });
  if (showCli) cliOut(summaryText(report.summary));
  await writeReports(report, parsed, files, io);
  return report.summary.failedSteps === 0 && report.summary.stopped !== 'user' ? 0 : 1;
}

async function writeReports(report: RunReport, args: RunArgs, files: readonly string[], io: CommandIo): Promise<void> {
  const render = (name: string): string => (name === 'json' ? `${JSON.stringify(report, null, 2)}\n` : name === 'junit' ? junitReport(report) : `${cliReport(report)}\n`);
  if (args.out === undefined) {
    for (const name of files) io.out(render(name).trimEnd());
    return;
  }
  const targets = files.length === 0 ? [['cli', args.out]] : files.length === 1 ? [[files[0] ?? 'json', args.out]] : files.map((name) => [name, withExtension(args.out ?? '', name === 'junit' ? '.xml' : '.json')]);
  for (const [name = 'json', file = ''] of targets) {
    try {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await writeFile(file, render(name));
    } catch (error) {
      throw new UserFacingError('report-not-written', `Could not write the ${name} report to ${path.resolve(file)} (${error instanceof Error ? error.message : String(error)}). Pick another --out path.`);
    }
  }
}

function withExtension(file: string, ext: string): string {
  const current = path.extname(file);
  return current === '' ? `${file}${ext}` : `${file.slice(0, -current.length)}${ext}`;
}

function parseArgs(args: readonly string[]): RunArgs | string {
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  let bail = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (name === 'bail') {
      bail = true;
      continue;
    }
    if (!VALUED.has(name)) return `unknown option --${name}.`;
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined) return `--${name} needs a value.`;
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const target = positional[0];
  if (target === undefined || positional.length > 1) return 'give exactly one collection folder.';
  const vars: Record<string, string> = {};
  for (const pair of values.get('var') ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return `--var needs name=value, not "${pair}".`;
    vars[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const last = (name: string): string | undefined => values.get(name)?.at(-1);
  const count = (name: string, fallback: number): number | string => {
    const raw = last(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    return Number.isInteger(n) && n > 0 ? n : `--${name} needs a whole number above 0, not "${raw}".`;
  };
  const iterations = count('iterations', 1);
  if (typeof iterations === 'string') return iterations;
  const concurrency = count('concurrency', 1);
  if (typeof concurrency === 'string') return concurrency;
  const timeout = last('timeout') === undefined ? undefined : count('timeout', 0);
  if (typeof timeout === 'string') return timeout;
  const reporters = (values.get('reporter') ?? ['cli']).flatMap((r) => r.split(',')).map((r) => r.trim()).filter((r) => r !== '');
  const unknown = reporters.find((r) => !REPORTERS.has(r));
  if (unknown !== undefined) return `unknown reporter "${unknown}" (use cli, json or junit).`;
  const env = last('env');
  const out = last('out');
  return { target, vars, iterations, bail, reporters: [...new Set(reporters)], concurrency, ...(env === undefined ? {} : { env }), ...(out === undefined ? {} : { out }), ...(timeout === undefined ? {} : { timeoutMs: timeout }) };
}
