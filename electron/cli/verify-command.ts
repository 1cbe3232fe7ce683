/**
 * `roundtrip verify <spec-file-or-URL> [options]`: checks that an API keeps its document's and
 * HTTP's promises. Exit 0 when no check failed, 1 when any did, 2 on bad input.
 */
import type { RequestSigning } from '../../shared/auth/request-signing';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApiModel, OperationModel } from '../../shared/model/api-model';
import { substitute } from '../../shared/environments/substitute';
import { resolveServerUrl } from '../../shared/request/resolve-server-url';
import type { HeaderEntry, RequestDescription } from '../../shared/request/request-model';
import { failuresCollection } from '../../shared/verify/failures-collection';
import { selectChecks } from '../../shared/verify/verify-checks';
import { headerLine } from '../../shared/verify/verify-headers';
import { planVerify } from '../../shared/verify/verify-plan';
import type { VerifyReport } from '../../shared/verify/verify-report';
import { checksHelp, planText, verifyJunit, verifyText } from '../../shared/verify/verify-text-report';
import { UserFacingError } from '../services/app-error';
import { writeTree } from '../services/collections/write-tree';
import { loadEnvironment } from '../services/runner/load-run-input';
import { openSpec } from '../services/spec/load-spec';
import { runVerify } from '../services/verify/run-verify';
import { loginHeaderFor } from '../services/auth/login-header';
import { tokenFile } from '../services/auth/oauth-login-handlers';
import { tokenStoreAt } from '../services/auth/token-store';
import { resolveDataDir } from '../services/data-dir';
import { assertVerifiableTarget, checkReachable } from '../services/verify/verify-target';
import { VERIFY_TLS_HELP, VERIFY_TLS_OPTIONS, verifyTls } from './verify-tls';
import { sendRequest } from '../services/http/send-request';
import { commandLine, parseCommandLine, usageError, type CommandIo, type ParsedCommandLine } from './command-line';

export const VERIFY_COMMAND = commandLine({
  name: 'roundtrip verify',
  usage:
    'roundtrip verify <spec-file-or-URL> [--base-url URL] [--header "Name: value"]... [--digest USER:PASSWORD] [--aws-sigv4 REGION:SERVICE] [--env NAME|FILE] [--var k=v]... [--operation "METHOD /path"]... [--checks LIST] [--exclude-checks LIST] [--max-examples N] [--seed N] [--workers N] [--volatile FIELD]... [--timeout ms] [--reporter cli,json,junit] [--out FILE] [--save-failures COLLECTION_DIR] [--dry-run] [--allow-remote] [--cert FILE --key FILE | --pfx FILE] [--cert-passphrase NAME] [--ca FILE]...',
  help: `Sends requests generated from the document's schemas to the API and checks that it keeps the
document's and HTTP's promises. Writes only to loopback addresses unless --allow-remote.

Options:
  --base-url URL             Where the API runs (default: the document's first server)
  --header "Name: value"     Sent with every request (credentials); repeatable. Without an
                             Authorization header, the token of an OAuth 2.0 login made in the
                             app for the document's authorization code or device flow is used
  --digest USER:PASSWORD     Answer HTTP Digest challenges (RFC 7616) with these credentials
  --aws-sigv4 REGION:SERVICE Sign every request with AWS Signature V4, keys from AWS_ACCESS_KEY_ID,
                             AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN
  --env NAME|FILE, --var k=v Variables for {{name}} in --base-url, --header and --digest values
  --operation "METHOD /path" Only these operations (the document's path template); repeatable
  --checks LIST              Only these checks or families (comma-separated); --exclude-checks LIST leaves some out
  --max-examples N           Generated requests per operation and inputs check (default 25)
  --seed N                   The random seed: the same seed sends the same requests (default 1)
  --workers N                Operations checked side by side for inputs and auth (default 2)
  --volatile FIELD           A field that may change by itself (updatedAt), left out of state comparisons; repeatable
  --timeout ms               Per-request deadline (default 10000)
  --reporter cli,json,junit  Report formats (default cli); --out FILE writes them (.json/.xml when several)
  --save-failures DIR        Write each finding as a collection request with the assertions that failed
  --dry-run                  Print the plan (operations, checks, requests) and send nothing
  --allow-remote             Allow a base URL that is not this machine (verify sends writes)
${VERIFY_TLS_HELP}
  -h, --help                 Show this help

Checks (families: conformance, inputs, auth, methods, idempotency-key):
${checksHelp()}

Exit codes: 0 no check failed, 1 some check failed, 2 bad input (unreadable document, bad option, unreachable base URL).`,
  options: {
    'base-url': { type: 'string' },
    header: { type: 'string', multiple: true },
    digest: { type: 'string' },
    'aws-sigv4': { type: 'string' },
    env: { type: 'string' },
    var: { type: 'string', multiple: true },
    operation: { type: 'string', multiple: true },
    checks: { type: 'string' },
    'exclude-checks': { type: 'string' },
    'max-examples': { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    volatile: { type: 'string', multiple: true },
    timeout: { type: 'string' },
    reporter: { type: 'string' },
    out: { type: 'string' },
    'save-failures': { type: 'string' },
    'dry-run': { type: 'boolean' },
    'allow-remote': { type: 'boolean' },
    ...VERIFY_TLS_OPTIONS,
  },
});

const REPORTERS = ['cli', 'json', 'junit'];

class BadOption extends Error {}

function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new BadOption(`--${name} needs a whole number of at least ${min}, not "${raw}".`);
  return n;
}

function list(raw: string | undefined): string[] | undefined {
  return raw === undefined ? undefined : raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** Runs verify and returns the exit code; bad input is reported on `io.err` with code 2. */
export async function verifyCommand(args: readonly string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const parsed = parseCommandLine(VERIFY_COMMAND, args, io);
  if (typeof parsed === 'number') return parsed;
  try {
    return await verify(parsed.values, parsed.positionals, io, signal);
  } catch (error) {
    if (!(error instanceof BadOption)) throw error;
    return usageError(VERIFY_COMMAND, io, error.message.replace(/\.$/, ''));
  }
}

type Values = ParsedCommandLine<typeof VERIFY_COMMAND.options>['values'];

async function verify(values: Values, positionals: readonly string[], io: CommandIo, signal: AbortSignal | undefined): Promise<number> {
  const target = positionals[0];
  if (target === undefined || positionals.length > 1) throw new BadOption('give exactly one OpenAPI document, a file path or an http(s) URL.');
  const reporters = list(values.reporter) ?? ['cli'];
  const unknownReporter = reporters.find((r) => !REPORTERS.includes(r));
  if (unknownReporter !== undefined) throw new BadOption(`unknown reporter "${unknownReporter}" (use cli, json or junit).`);
  const selected = selectChecks(list(values.checks), list(values['exclude-checks']));
  if ('unknown' in selected) throw new BadOption(`unknown check or family "${selected.unknown}". Run roundtrip verify --help for the list.`);
  const maxExamples = wholeNumber('max-examples', values['max-examples'], 25, 1);
  const seed = wholeNumber('seed', values.seed, 1, 0);
  const workers = wholeNumber('workers', values.workers, 2, 1);
  const timeoutMs = wholeNumber('timeout', values.timeout, 10_000, 1);
  const variables = await variablesOf(values);
  const headers = (values.header ?? []).map((line) => headerOf(line, variables));
  const signing = signingOf(values, variables);
  const tls = await verifyTls(values, variables, (message) => new BadOption(message));
  const sender = tls === undefined ? undefined : (request: RequestDescription) => sendRequest(request, { tls });

  const isUrl = /^https?:\/\//i.test(target);
  // The model is all verify needs: full validation (a worker, about a second) is not waited for.
  const opened = await openSpec(isUrl ? { kind: 'url', url: target } : { kind: 'file', path: target });
  const model = opened.spec.model;
  const operations = chooseOperations(model, values.operation ?? []);
  const baseUrl = baseUrlOf(values['base-url'], model, variables, isUrl ? { kind: 'url', location: target } : undefined);
  assertVerifiableTarget(baseUrl, values['allow-remote'] === true, 'pass --allow-remote');
  const plan = planVerify(model, operations, selected.checks, maxExamples);
  const files = reporters.filter((r) => r !== 'cli');
  const cliOut = files.length > 0 && values.out === undefined ? io.err : io.out;
  if (values['dry-run'] === true) {
    io.out(`Plan for ${baseUrl} (nothing sent):\n${planText(plan)}`);
    return 0;
  }
  // Without credentials of its own, verify uses the token of a login made in the app for the document's OAuth 2.0 flows.
  const login = headers.some((h) => h.name.toLowerCase() === 'authorization') ? undefined : await loginHeaderFor(model, baseUrl, tokenStoreAt(tokenFile(resolveDataDir())));
  if (login !== undefined) headers.push(login.header);
  await checkReachable(baseUrl, headers, timeoutMs, sender);
  const showCli = reporters.includes('cli');
  if (showCli && login !== undefined) cliOut(`Using the OAuth 2.0 login token of client "${login.clientId}" (${login.tokenUrl}).`);
  if (showCli) cliOut(`Verifying ${model.title} at ${baseUrl}: ${operations.length} operations, ${selected.checks.length} checks, about ${plan.requests} requests (seed ${seed}).`);
  const report = await runVerify({
    model,
    spec: target,
    baseUrl,
    headers,
    ...(signing === undefined ? {} : { signing }),
    operations,
    checks: selected.checks,
    maxExamples,
    seed,
    workers,
    volatile: values.volatile ?? [],
    timeoutMs,
    ...(signal === undefined ? {} : { signal }),
    ...(sender === undefined ? {} : { sender }),
    ...(showCli ? { onCheck: (e) => e.status === 'failed' && cliOut(`  ✗ ${e.method} ${e.path}  ${e.check}`) } : {}),
  });
  if (showCli) cliOut(verifyText(report));
  await writeReports(report, reporters, values.out, io);
  if (values['save-failures'] !== undefined && report.findings.length > 0) {
    const dir = path.resolve(values['save-failures']);
    await writeTree(dir, failuresCollection(`${model.title} verify findings`, report.findings, target));
    cliOut(`Wrote ${report.findings.length} regression test${report.findings.length === 1 ? '' : 's'} to ${dir}; run them with roundtrip run ${values['save-failures']}.`);
  }
  return report.findings.length > 0 || report.stopped === 'user' ? 1 : 0;
}

async function variablesOf(values: Values): Promise<Record<string, string>> {
  const out: Record<string, string> = values.env === undefined ? {} : await loadEnvironment(values.env, process.cwd());
  for (const pair of values.var ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new BadOption(`--var needs name=value, not "${pair}".`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** --digest or --aws-sigv4 as the credentials every request is signed with. */
function signingOf(values: Values, variables: Readonly<Record<string, string>>): RequestSigning | undefined {
  if (values.digest !== undefined && values['aws-sigv4'] !== undefined) throw new BadOption('give --digest or --aws-sigv4, not both.');
  if (values.digest !== undefined) {
    const text = substitute(values.digest, variables).text;
    const colon = text.indexOf(':');
    if (colon <= 0) throw new BadOption(`--digest needs USER:PASSWORD, not "${values.digest}".`);
    return { kind: 'digest', username: text.slice(0, colon), password: text.slice(colon + 1) };
  }
  if (values['aws-sigv4'] === undefined) return undefined;
  const [region = '', service = '', ...rest] = values['aws-sigv4'].split(':');
  if (region === '' || service === '' || rest.length > 0) throw new BadOption(`--aws-sigv4 needs REGION:SERVICE (e.g. eu-west-1:execute-api), not "${values['aws-sigv4']}".`);
  const accessKey = process.env.AWS_ACCESS_KEY_ID ?? '';
  const secretKey = process.env.AWS_SECRET_ACCESS_KEY ?? '';
  if (accessKey === '' || secretKey === '') throw new BadOption('--aws-sigv4 reads the keys from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: set both in the environment.');
  const sessionToken = process.env.AWS_SESSION_TOKEN ?? '';
  return { kind: 'aws-sigv4', accessKey, secretKey, region, service, ...(sessionToken === '' ? {} : { sessionToken }) };
}

function headerOf(line: string, variables: Readonly<Record<string, string>>): HeaderEntry {
  const header = headerLine(line, variables);
  if (header === undefined) throw new BadOption(`--header needs "Name: value", not "${line}".`);
  return header;
}

function chooseOperations(model: ApiModel, wanted: readonly string[]): OperationModel[] {
  const all = model.operations.filter((op) => op.webhook !== true);
  if (wanted.length === 0) return all;
  return wanted.map((text) => {
    const [method = '', ...rest] = text.trim().split(/\s+/);
    const found = all.find((op) => op.method === method.toUpperCase() && op.path === rest.join(' '));
    if (found === undefined) throw new BadOption(`no operation "${text}" in the document. Use the method and path template as listed by roundtrip inspect, e.g. "GET ${all[0]?.path ?? '/items'}".`);
    return found;
  });
}

function baseUrlOf(given: string | undefined, model: ApiModel, variables: Readonly<Record<string, string>>, origin: { kind: 'url'; location: string } | undefined): string {
  const server = model.servers[0];
  const raw = given !== undefined ? substitute(given, variables).text : server === undefined ? (origin === undefined ? undefined : new URL('/', origin.location).href) : resolveServerUrl(server, variables, origin);
  if (raw === undefined || !/^https?:\/\//i.test(raw)) throw new BadOption(`the document names no absolute server URL${raw === undefined ? '' : ` ("${raw}")`}; give one with --base-url http://127.0.0.1:8000.`);
  return raw.replace(/\/+$/, '');
}

async function writeReports(report: VerifyReport, reporters: readonly string[], out: string | undefined, io: CommandIo): Promise<void> {
  const files = reporters.filter((r) => r !== 'cli');
  const render = (name: string): string => (name === 'json' ? `${JSON.stringify(report, null, 2)}\n` : verifyJunit(report));
  if (out === undefined) {
    for (const name of files) io.out(render(name).trimEnd());
    return;
  }
  const targets = files.length === 0 ? [['cli', out]] : files.length === 1 ? [[files[0] ?? 'json', out]] : files.map((name) => [name, withExtension(out, name === 'junit' ? '.xml' : '.json')]);
  for (const [name = 'json', file = ''] of targets) {
    try {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await writeFile(file, name === 'cli' ? `${verifyText(report)}\n` : render(name));
    } catch (error) {
      throw new UserFacingError('report-not-written', `Could not write the ${name} report to ${path.resolve(file)} (${error instanceof Error ? error.message : String(error)}). Pick another --out path.`);
    }
  }
}

function withExtension(file: string, ext: string): string {
  const current = path.extname(file);
  return current === '' ? `${file}${ext}` : `${file.slice(0, -current.length)}${ext}`;
}
