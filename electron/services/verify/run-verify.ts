/**
 * Runs verify: every chosen check on every chosen operation, through the project's send path.
 * Input and auth checks run side by side (--workers); the checks that compare state before and
 * after run one at a time, so that no other request changes the state between the reads.
 * Conformance is judged last, on every response received. What verify created is deleted.
 */
import { signingSecrets, type RequestSigning } from '../../../shared/auth/request-signing';
import type { ApiModel, OperationModel } from '../../../shared/model/api-model';
import type { HeaderEntry } from '../../../shared/request/request-model';
import { curlCommand } from '../../../shared/request/curl-command';
import { seededRandom } from '../../../shared/schema/seeded-random';
import { isCredentialHeader, schemeCredentialNames } from '../../../shared/security/credential-names';
import { familyOf, inapplicableReason, skipReason } from '../../../shared/verify/verify-checks';
import type { CheckOutcome, Finding, OperationOutcome, VerifyReport } from '../../../shared/verify/verify-report';
import { authAccepted, authRequired, authWrongRejected } from './checks-auth';
import { conformanceResult } from './checks-conformance';
import { keyConcurrent, keyConflict, keyReplay, keyRequired } from './checks-idempotency-key';
import { invalidInputsRejected, validInputsAccepted } from './checks-inputs';
import { createdReadable, idempotentRepeat, safeMethodUnchanged, useAfterDelete } from './checks-methods';
import type { CheckResult, OperationContext } from './operation-context';
import { toEvidence, VerifySession, type Sender } from './verify-session';

export interface VerifyOptions {
  readonly model: ApiModel;
  /** The document's path or URL, named in the report. */
  readonly spec?: string;
  readonly baseUrl: string;
  /** Sent with every request (credentials, tenant headers). */
  readonly headers: readonly HeaderEntry[];
  /** Digest or SigV4 credentials every request is signed with. */
  readonly signing?: RequestSigning;
  readonly operations: readonly OperationModel[];
  readonly checks: readonly string[];
  readonly maxExamples: number;
  readonly seed: number;
  readonly workers: number;
  readonly volatile: readonly string[];
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Hears each check as it finishes. */
  readonly onCheck?: (event: VerifyProgress) => void;
  /** The single send; sendRequest unless a test substitutes another client. */
  readonly sender?: Sender;
}

export interface VerifyProgress {
  readonly method: string;
  readonly path: string;
  readonly check: string;
  readonly status: CheckOutcome['status'];
  /** False when a skip is because the check does not apply to the operation. */
  readonly applies?: false;
  readonly done: number;
  readonly total: number;
}

type Runner = (ctx: OperationContext) => Promise<CheckResult>;

const RUNNERS: Readonly<Record<string, Runner>> = {
  'valid-inputs-accepted': validInputsAccepted,
  'invalid-inputs-rejected': invalidInputsRejected,
  'auth-required': authRequired,
  'auth-wrong-rejected': authWrongRejected,
  'auth-accepted': authAccepted,
  'safe-method-unchanged': safeMethodUnchanged,
  'idempotent-repeat': idempotentRepeat,
  'use-after-delete': useAfterDelete,
  'created-readable': createdReadable,
  'key-replay': keyReplay,
  'key-conflict': keyConflict,
  'key-concurrent': keyConcurrent,
  'key-required': keyRequired,
};

interface Task {
  readonly op: OperationModel;
  readonly check: string;
}

/** Runs the checks and returns the report (never throws for what the server answers). */
export async function runVerify(options: VerifyOptions): Promise<VerifyReport> {
  const started = performance.now();
  const session = new VerifySession(options.model, options.baseUrl, options.signal, options.sender);
  const results = new Map<string, CheckResult>();
  const keyOf = (op: OperationModel, check: string): string => `${op.key} ${check}`;
  const all: Task[] = options.operations.flatMap((op) => options.checks.map((check) => ({ op, check })));
  let done = 0;
  const report = (task: Task, result: CheckResult): void => {
    results.set(keyOf(task.op, task.check), result);
    done++;
    const inapplicable = result.status === 'skipped' && (result.applies === false || inapplicableReason(task.check, task.op, options.model) !== undefined);
    options.onCheck?.({ method: task.op.method, path: task.op.path, check: task.check, status: result.status, ...(inapplicable ? { applies: false as const } : {}), done, total: all.length });
  };
  const context = (task: Task): OperationContext => ({
    session,
    model: options.model,
    op: task.op,
    random: seededRandom(options.seed).fork(keyOf(task.op, task.check)),
    target: { model: options.model, baseUrl: options.baseUrl, headers: options.headers, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }), ...(options.signing === undefined ? {} : { signing: options.signing }) },
    maxExamples: options.maxExamples,
    volatile: new Set(options.volatile),
  });
  const runTask = async (task: Task): Promise<void> => {
    const skip = skipReason(task.check, task.op, options.model);
    const runner = RUNNERS[task.check];
    if (skip !== undefined || runner === undefined) return report(task, { status: 'skipped', reason: skip ?? 'Unknown check.' });
    if (session.stopped) return report(task, { status: 'skipped', reason: 'The run was stopped.' });
    try {
      report(task, await runner(context(task)));
    } catch (error) {
      report(task, { status: 'skipped', reason: `The check could not run: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  const parallel = all.filter((t) => familyOf(t.check) === 'inputs' || familyOf(t.check) === 'auth');
  const serial = all.filter((t) => familyOf(t.check) === 'methods' || familyOf(t.check) === 'idempotency-key');
  await pool(parallel, Math.max(1, options.workers), runTask);
  for (const task of serial) await runTask(task);
  for (const task of all.filter((t) => familyOf(t.check) === 'conformance')) report(task, conformanceResult(task.check, session.exchanges.get(task.op.key) ?? []));
  await session.cleanUp(options.headers, options.signing);

  const findings: Finding[] = [];
  const operations: OperationOutcome[] = options.operations.map((op) => ({
    method: op.method,
    path: op.path,
    checks: options.checks.map((check) => {
      const result = results.get(keyOf(op, check)) ?? { status: 'skipped', reason: 'Not run.' };
      if (result.status === 'passed') return result.note === undefined ? { name: check, status: 'passed' } : { name: check, status: 'passed', note: result.note };
      if (result.status === 'skipped') return { name: check, status: 'skipped', reason: result.reason, ...(result.applies === false || inapplicableReason(check, op, options.model) !== undefined ? { applies: false as const } : {}) };
      findings.push(toFinding(op, check, result.draft, secretsOf(options)));
      return { name: check, status: 'failed', reason: result.draft.message };
    }),
  }));
  return {
    target: options.baseUrl,
    seed: options.seed,
    ...(options.spec === undefined ? {} : { spec: options.spec }),
    summary: { operations: operations.length, requests: session.requests, failed: findings.length, durationMs: Math.round(performance.now() - started) },
    operations,
    findings,
    ...(session.stopped ? { stopped: 'user' as const } : {}),
  };
}

function toFinding(op: OperationModel, check: string, draft: Extract<CheckResult, { status: 'failed' }>['draft'], secrets: readonly string[]): Finding {
  const finding: Finding = {
    method: op.method,
    path: op.path,
    check,
    message: draft.message,
    evidence: { requests: draft.exchanges.map(toEvidence), ...(draft.stateDiff === undefined ? {} : { stateDiff: draft.stateDiff }) },
    curl: curlCommand(draft.failing),
    ...(draft.shrunkFrom === undefined ? {} : { shrunkFrom: draft.shrunkFrom }),
  };
  return redact(finding, secrets);
}

/** The values of the credential headers given (by the project's one rule for credential names, and the document's apiKey names). */
function secretsOf(options: VerifyOptions): string[] {
  const declared = schemeCredentialNames(options.model.securitySchemes);
  return [...options.headers.filter((h) => isCredentialHeader(h.name, declared)).map((h) => h.value), ...signingSecrets(options.signing)].filter((v) => v.length >= 4);
}

/** Credentials given with --header never land in a report: their values are replaced. */
function redact(finding: Finding, secrets: readonly string[]): Finding {
  if (secrets.length === 0) return finding;
  let text = JSON.stringify(finding);
  for (const secret of secrets) text = text.split(JSON.stringify(secret).slice(1, -1)).join('<redacted>');
  // The finding's own JSON, with only string contents replaced: still a Finding.
  const redacted: Finding = JSON.parse(text);
  return redacted;
}

async function pool<T>(items: readonly T[], workers: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, items.length) }, worker));
}
