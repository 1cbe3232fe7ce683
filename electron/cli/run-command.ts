/**
 * `roundtrip run <collection-folder> [--env NAME|FILE] [--var k=v]... [--iterations N] [--data FILE] [--bail]
 * [--reporter cli,json,junit] [--out FILE] [--timeout ms] [--concurrency N] [--allow-token-origin ORIGIN]... [--allow-files-outside]`: runs a saved
 * collection headless. Exit 0 when every assertion passes, 1 when any fails, 2 on bad input.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { originOf } from '../../shared/auth/token-origins';
import { cliReport, planText, stepLine, summaryText } from '../../shared/runner/cli-report';
import { junitReport } from '../../shared/runner/junit-report';
import type { RunReport } from '../../shared/runner/run-result';
import { unreadableSpecLine } from '../../shared/runner/run-spec-failure';
import { UserFacingError } from '../services/app-error';
import { loadDataRows, loadEnvironmentFile, loadRunInput } from '../services/runner/load-run-input';
import { readRunSpec, unreadableSpecOptions, withSpecNotice } from '../services/runner/read-run-spec';
import { runSender } from '../services/runner/run-tls';
import { runCollection } from '../services/runner/run-collection';
import { tokenFile } from '../services/auth/oauth-login-handlers';
import { attachLoginTokens } from '../services/auth/run-login-tokens';
import { tokenStoreAt } from '../services/auth/token-store';
import { resolveDataDir } from '../services/data-dir';
import { commandLine, parseCommandLine, usageError, type CommandIo, type ParsedCommandLine } from './command-line';

export const RUN_COMMAND = commandLine({
  name: 'roundtrip run',
  usage: 'roundtrip run <collection-folder> [--env NAME|FILE] [--var k=v]... [--iterations N] [--data FILE] [--bail] [--reporter cli,json,junit] [--out FILE] [--timeout ms] [--concurrency N] [--allow-token-origin ORIGIN]... [--allow-files-outside]',
  help: `Run a saved collection (or a folder inside one) headless: its requests, assertions and captures.

Options:
  --env NAME|FILE      An environment: <collection>/environments/NAME.json, or a JSON file
                       (Roundtrip's, Postman's or a flat {"k": "v"})
  --var k=v            Set a variable (repeatable); wins over the environment
  --iterations N       Run the collection N times (default 1, or one per row of --data)
  --data FILE          A .csv (header line, RFC 4180) or .json (array of objects) file: one
                       iteration per row, its columns as variables (over the environment)
  --bail               Stop at the first failing step
  --reporter LIST      cli, json, junit, comma-separated or repeated (default cli)
  --out FILE           Write the report there (json and junit together: FILE.json and FILE.xml)
  --timeout ms         Deadline of each request
  --concurrency N      Run N iterations side by side (default 1)
  --allow-token-origin ORIGIN
                       Let this run send kept login tokens to ORIGIN (https://api.example.com)
                       too (repeatable). A kept token goes only to the API origins it was
                       logged in for or allowed to in the app; a step to another fails unsent
  --allow-files-outside
                       Let requests upload files outside the collection folder (absolute
                       paths, "~/", ".." or links leading out). Without it a step naming one
                       fails unsent, so a collection from someone else cannot upload your files
  -h, --help           Show this help

Exit codes: 0 every assertion passed, 1 an assertion failed or the run was stopped,
2 bad input (a missing collection, an unknown environment, a broken file, a bad option),
or a request needs an OAuth 2.0 login first (log in from the app's Auth: runs reuse its token).
A spec that cannot be read (its URL does not answer, its file is gone) does not stop a run: it
starts with a warning, and "conforms" and "idempotent" assertions fail; a spec that is read but
broken (not valid JSON or YAML, not OpenAPI) is bad input when an assertion needs it.`,
  options: {
    env: { type: 'string' },
    var: { type: 'string', multiple: true },
    iterations: { type: 'string' },
    data: { type: 'string' },
    bail: { type: 'boolean' },
    reporter: { type: 'string', multiple: true },
    out: { type: 'string' },
    timeout: { type: 'string' },
    concurrency: { type: 'string' },
    'allow-token-origin': { type: 'string', multiple: true },
    'allow-files-outside': { type: 'boolean' },
  },
});

const REPORTERS = new Set(['cli', 'json', 'junit']);

interface RunArgs {
  readonly target: string;
  readonly env?: string;
  readonly vars: Record<string, string>;
  /** Absent when --iterations was not given (then it is 1, or the number of data rows). */
  readonly iterations?: number;
  readonly data?: string;
  readonly bail: boolean;
  readonly reporters: readonly string[];
  readonly out?: string;
  readonly timeoutMs?: number;
  readonly concurrency: number;
  /** Origins this run may send kept login tokens to besides those they are bound to. */
  readonly allowTokenOrigins: readonly string[];
  /** Multipart and file bodies may read files outside the collection folder. */
  readonly allowFilesOutside: boolean;
}

/** Runs a collection and returns the exit code; bad input is reported on `io.err` with code 2. */
export async function runCommand(args: readonly string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const line = parseCommandLine(RUN_COMMAND, args, io);
  if (typeof line === 'number') return line;
  const parsed = runArgs(line);
  if (typeof parsed === 'string') return usageError(RUN_COMMAND, io, parsed);
  const input = await loadRunInput(parsed.target);
  if (input.plan.steps.length === 0) throw new UserFacingError('empty-collection', `${input.plan.collectionName} (${input.collectionDir}) has no requests to run. Save some requests into it first.`);
  const envFile = parsed.env === undefined ? undefined : await loadEnvironmentFile(parsed.env, input.collectionDir);
  const environment = envFile?.variables ?? {};
  // Certificates are read and checked before the first request; cookies live as long as this run.
  const send = await runSender({ collectionDir: input.collectionDir, ...(input.tls ? { collection: input.tls } : {}), ...(envFile?.tls ? { environment: { tls: envFile.tls, file: envFile.file } } : {}), variables: { ...environment, ...parsed.vars } });
  // A spec that could not be read (the API it comes from is down) does not stop the run: it is a warning.
  const spec = await readRunSpec(input);
  const specWarning = spec.unreadable === undefined ? undefined : unreadableSpecLine(spec.unreadable);
  const rows = parsed.data === undefined ? undefined : await loadDataRows(parsed.data);
  const iterations = parsed.iterations ?? rows?.length ?? 1;

  const files = parsed.reporters.filter((r) => r !== 'cli');
  // Machine-readable reports own stdout when no file is given; progress then goes to stderr.
  const cliOut = files.length > 0 && parsed.out === undefined ? io.err : io.out;
  const showCli = parsed.reporters.includes('cli');
  if (specWarning !== undefined) (showCli ? cliOut : io.err)(specWarning);
  if (showCli) cliOut(planText(input.plan, iterations));
  // A request that needs an interactive login's token gets it before anything is sent, and a renewed one when it is due.
  const logins = await attachLoginTokens(input.plan, tokenStoreAt(tokenFile(resolveDataDir())), { ...environment, ...parsed.vars }, undefined, parsed.allowTokenOrigins);
  const report = await runCollection(logins.plan, {
    ...(logins.beforeStep ? { beforeStep: logins.beforeStep } : {}),
    ...(logins.refuseSend ? { refuseSend: logins.refuseSend } : {}),
    variables: { ...environment, ...parsed.vars },
    variablesLabel: parsed.env === undefined ? '--var' : `the environment "${parsed.env}" or --var`,
    setIn: parsed.env === undefined ? 'an environment (--env), the data file (--data) or --var' : `the environment "${parsed.env}", the data file or --var`,
    // A data row's columns win over the collection and environment; --var still wins over them.
    ...(rows ? { iterationData: rows.map((row) => ({ ...row, ...parsed.vars })) } : {}),
    iterations,
    bail: parsed.bail,
    concurrency: parsed.concurrency,
    ...(parsed.timeoutMs === undefined ? {} : { timeoutMs: parsed.timeoutMs }),
    ...(spec.model ? { model: spec.model } : {}),
    ...unreadableSpecOptions(spec),
    ...(signal ? { signal } : {}),
    send,
    files: { collectionDir: input.collectionDir, allowOutside: parsed.allowFilesOutside, allowHint: 'run again with --allow-files-outside if you trust this collection' },
    ...(showCli ? { onStep: (result) => cliOut(stepLine(result, iterations)) } : {}),
  });
  if (showCli) cliOut(summaryText(report.summary));
  await writeReports(withSpecNotice(report, spec), parsed, files, io);
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

/** Checks the run's options; returns them typed, or what is wrong with them. */
function runArgs({ values, positionals }: ParsedCommandLine<typeof RUN_COMMAND.options>): RunArgs | string {
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0) return 'give exactly one collection folder';
  const vars: Record<string, string> = {};
  for (const pair of values.var ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return `--var needs name=value, not "${pair}"`;
    vars[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const count = (name: 'iterations' | 'concurrency' | 'timeout', fallback: number): number | string => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    return Number.isInteger(n) && n > 0 ? n : `--${name} needs a whole number above 0, not "${raw}"`;
  };
  const iterations = values.iterations === undefined ? undefined : count('iterations', 1);
  if (typeof iterations === 'string') return iterations;
  const concurrency = count('concurrency', 1);
  if (typeof concurrency === 'string') return concurrency;
  const timeout = values.timeout === undefined ? undefined : count('timeout', 0);
  if (typeof timeout === 'string') return timeout;
  const reporters = (values.reporter ?? ['cli']).flatMap((r) => r.split(',')).map((r) => r.trim()).filter((r) => r !== '');
  const unknown = reporters.find((r) => !REPORTERS.has(r));
  if (unknown !== undefined) return `unknown reporter "${unknown}" (use cli, json or junit)`;
  const allowTokenOrigins: string[] = [];
  for (const raw of values['allow-token-origin'] ?? []) {
    const origin = originOf(raw);
    if (origin === undefined) return `--allow-token-origin needs an http(s) origin such as https://api.example.com, not "${raw}"`;
    allowTokenOrigins.push(origin);
  }
  const { env, out, data } = values;
  return { target, vars, allowTokenOrigins, allowFilesOutside: values['allow-files-outside'] === true, ...(iterations === undefined ? {} : { iterations }), ...(data === undefined ? {} : { data }), bail: values.bail === true, reporters: [...new Set(reporters)], concurrency, ...(env === undefined ? {} : { env }), ...(out === undefined ? {} : { out }), ...(timeout === undefined ? {} : { timeoutMs: timeout }) };
}
