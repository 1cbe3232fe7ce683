/**
 * The runner's engine, shared by the app and `roundtrip run`: sends each planned step in order,
 * judges its assertions, captures variables for later steps, and reports each step as it ends.
 * Steps follow each other at once (no timers between them) over kept-alive sockets.
 */
import { randomUUID } from 'node:crypto';
import type { ApiModel, OperationModel } from '../../../shared/model/api-model';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { assertionHasVariables, fillAssertion, runCaptures, type CaptureResult } from '../../../shared/runner/captures';
import { evaluateAssertion, type AssertionResult, type ObservedResponse } from '../../../shared/runner/evaluate-assertion';
import type { PlannedStep, RunPlan } from '../../../shared/runner/run-plan';
import { serverSaysReplayed } from '../../../shared/idempotency/key-lifecycle';
import { stepPassed, summarize, type RunReport, type StepResult } from '../../../shared/runner/run-result';
import { buildStepRequest } from '../../../shared/runner/step-request';
import type { AttachedFile } from '../../../shared/runner/step-files';
import { mergeScopes, recordScope, type VariableScope } from '../../../shared/request/variable-scopes';
import { mergeCredentialNames, schemeCredentialNames, type CredentialNames } from '../../../shared/security/credential-names';
import { credentialValues } from '../../../shared/security/credential-values';
import { exchangeMasks } from '../../../shared/security/credential-query';
import { maskUrlPassword } from '../../../shared/security/mask-secrets';
import { sendRequest } from '../http/send-request';
import { implicitAnswerCheck, type ImplicitLink } from '../../../shared/runner/implicit-check';
import { linkedOperation, specChecks } from './spec-checks';
import { readStepFiles, type FileAccess } from './read-step-files';

export interface RunOptions {
  /** Variables given to the run (the environment, then --var): above the collection's and its folders'. */
  readonly variables?: Readonly<Record<string, string>>;
  /** Where `variables` came from, as a missing variable's message names it ("the environment \"Dev\""). */
  readonly variablesLabel?: string;
  /** Where a missing variable should be set, as the message says it ("the environment \"Dev\"", "--env or --var"). */
  readonly setIn?: string;
  readonly iterations?: number;
  /** One row of variables per iteration (from --data), over `variables`; past the last row, the last is used again. */
  readonly iterationData?: readonly Readonly<Record<string, string>>[];
  /** Stop at the first failing step. */
  readonly bail?: boolean;
  /** Per-request deadline in milliseconds (overrides the request's own). */
  readonly timeoutMs?: number;
  /** Iterations run side by side (steps inside one iteration always run in order, as they chain). */
  readonly concurrency?: number;
  /** Only these step ids (re-run failed); the others are skipped. */
  readonly only?: ReadonlySet<string>;
  /** The collection's spec, for "conforms" and "idempotent" assertions. */
  readonly model?: ApiModel;
  /** Why the collection's spec is missing when it names one that could not be read: "conforms" and "idempotent" fail with it. */
  readonly specUnreadable?: string;
  readonly signal?: AbortSignal;
  /** Called as each step ends, in the order they end. */
  readonly onStep?: (result: StepResult) => void;
  /** The sender (the app passes its own, with its upload store and events). */
  readonly send?: (request: RequestDescription) => Promise<ResponseSnapshot>;
  /** Brings a step up to date just before it is sent (a login's token renewed in a long run); a throw fails that step. */
  readonly beforeStep?: (step: PlannedStep) => Promise<PlannedStep>;
  /** Where the steps' files (multipart file parts, file bodies) are read from; without it a step with one says to pick it in the app. */
  readonly files?: FileAccess;
  /** Why a step's request, as built, must not be sent (a kept token and an origin it is not bound to): the step fails with it unsent. */
  readonly refuseSend?: (step: PlannedStep, request: RequestDescription) => string | undefined;
}

/** Runs `plan` and resolves with every step's result and the totals; never throws for a failing step. */
export async function runCollection(plan: RunPlan, options: RunOptions = {}): Promise<RunReport> {
  const started = performance.now();
  const iterations = Math.max(1, options.iterations ?? 1);
  const send = options.send ?? ((request: RequestDescription) => sendRequest(request));
  const steps = plan.steps.filter((step) => !options.only || options.only.has(step.id));
  const results: StepResult[] = [];
  // The names the collection's document declares for its keys count as credentials too (redirects, history).
  const credentialNames = mergeCredentialNames(schemeCredentialNames(options.model?.securitySchemes));
  let stopped: 'bail' | 'user' | null = null;
  const halted = (): boolean => {
    if (stopped === null && options.signal?.aborted === true) stopped = 'user';
    return stopped !== null;
  };

  const runIteration = async (iteration: number): Promise<void> => {
    // Captures of this iteration sit above everything else, and are filled as steps end; then the
    // iteration's data row (--data), then the variables given to the run.
    const captured: Record<string, string> = {};
    const rows = options.iterationData ?? [];
    const row = rows.length === 0 ? undefined : rows[Math.min(iteration, rows.length - 1)];
    const scopes = [
      recordScope('the captures of earlier steps', captured, true),
      ...(row ? [recordScope(`row ${Math.min(iteration, rows.length - 1) + 1} of the data file`, row)] : []),
      ...(options.variables ? [recordScope(options.variablesLabel ?? 'the variables given to the run', options.variables)] : []),
    ];
    for (const [index, step] of steps.entries()) {
      if (halted()) return;
      const result = await runStep(step, index, iteration, scopes, captured, send, options, credentialNames);
      results.push(result);
      options.onStep?.(result);
      if (!result.passed && options.bail) stopped ??= 'bail';
    }
  };

  const concurrency = Math.max(1, Math.min(options.concurrency ?? 1, iterations));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < iterations && !halted()) await runIteration(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  halted();
  return { summary: summarize(plan.collectionName, iterations, results, Math.round(performance.now() - started), stopped), results };
}

/** The captures of a step that has none: one array for all (results are read, never changed). */
const NO_CAPTURES: readonly CaptureResult[] = [];

async function runStep(
  planned: PlannedStep,
  index: number,
  iteration: number,
  scopes: readonly VariableScope[],
  captured: Record<string, string>,
  send: (request: RequestDescription) => Promise<ResponseSnapshot>,
  options: RunOptions,
  credentialNames: CredentialNames | undefined,
): Promise<StepResult> {
  let step = planned;
  const base = { iteration, index, id: step.id, name: step.name, folders: step.folders, method: step.request.method };
  if (options.beforeStep !== undefined) {
    try {
      step = await options.beforeStep(planned);
    } catch (error) {
      return { ...base, url: planned.request.url, timeMs: 0, assertions: [], captures: [], error: error instanceof Error ? error.message : String(error), unknownVariables: [], passed: false };
    }
  }
  // Files are read before anything is built: a missing one stops the step with nothing sent.
  const mode = step.request.body.mode;
  const files = options.files !== undefined && (mode === 'form-data' || mode === 'file') ? await readStepFiles(step, options.files) : undefined;
  if (files?.ok === false) return { ...base, url: step.request.url, timeMs: 0, assertions: [], captures: [], error: files.message, unknownVariables: [], passed: false };
  try {
    return await sendStep(step, base, scopes, captured, send, options, credentialNames, files?.files);
  } finally {
    files?.release();
  }
}

async function sendStep(
  step: PlannedStep,
  base: Pick<StepResult, 'iteration' | 'index' | 'id' | 'name' | 'folders' | 'method'>,
  scopes: readonly VariableScope[],
  captured: Record<string, string>,
  send: (request: RequestDescription) => Promise<ResponseSnapshot>,
  options: RunOptions,
  credentialNames: CredentialNames | undefined,
  files: ReadonlyMap<string, AttachedFile> | undefined,
): Promise<StepResult> {
  const built = buildStepRequest(step, scopes, {
    newKey: randomUUID,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    setIn: options.setIn ?? 'an environment',
    ...(credentialNames === undefined ? {} : { credentialNames }),
    ...(files === undefined ? {} : { files }),
  });
  if (!built.ok) return { ...base, url: built.draft.url, timeMs: 0, assertions: [], captures: [], error: built.message, unknownVariables: built.unknown, passed: false };
  // Merged only for an assertion with a {{name}} in it: most steps have none, and this runs per send.
  let variables: Record<string, string> | undefined;
  const filled = (assertion: (typeof step.assertions)[number]): typeof assertion => (assertionHasVariables(assertion) ? fillAssertion(assertion, (variables ??= mergeScopes([...scopes, ...step.scopes]))) : assertion);
  const checks = specChecks(step, built.request, options.model);
  const request = checks.expect ? { ...built.request, expect: checks.expect } : built.request;
  // Reports end up in terminals and CI logs: a key in the URL or a token in an error message is masked there.
  // Credential query parameters by place too: a 2-character token is too short to mask by value.
  const masks = exchangeMasks(request, credentialValues(request));
  const shownUrl = masks.url(maskUrlPassword(request.url));
  const refusal = options.refuseSend?.(step, request);
  if (refusal !== undefined) return { ...base, url: shownUrl, timeMs: 0, assertions: [], captures: [], error: refusal, unknownVariables: [], passed: false };
  let response: ResponseSnapshot;
  try {
    response = await send(request);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, url: shownUrl, timeMs: 0, assertions: [], captures: [], error: masks.text(message), unknownVariables: [], passed: false };
  }
  const idempotency = checks.idempotency ? await checks.idempotency() : undefined;
  const observed: ObservedResponse = {
    status: response.status,
    headers: response.headers,
    ...(response.body.kind === 'text' ? { bodyText: response.body.text } : {}),
    timeMs: response.timeMs,
    ...(response.validation ? { validation: response.validation } : {}),
    ...(idempotency ? { idempotency } : {}),
    ...(options.specUnreadable === undefined ? {} : { noSpecReason: options.specUnreadable }),
  };
  // Arrays filled by push rather than made by `map`: the arrays `map` makes change their elements
  // kind once V8 optimizes the code calling it, and that change sent this function (and what
  // reads results) back to unoptimized code for the rest of a run (seen with --trace-deopt).
  const assertions: AssertionResult[] = [];
  for (const assertion of step.assertions) assertions.push(evaluateAssertion(filled(assertion), observed));
  if (assertions.length === 0) assertions.push(implicitAnswerCheck(response, implicitLink(linkedOperation(step, options.model), options.model)));
  const hops = response.redirects ?? [];
  const captures = step.captures.length === 0 ? NO_CAPTURES : runCaptures(step.captures, observed);
  for (const capture of captures) if (capture.ok) captured[capture.name] = capture.value;
  // Written out field by field, not spread from `base`: V8 copies a spread of this many fields on
  // its slow path, which gives every result a map of its own, and the code reading results (this
  // function, the reporters, the summary) then never stays optimized (seen in bench:runner).
  return {
    iteration: base.iteration,
    index: base.index,
    id: base.id,
    name: base.name,
    folders: base.folders,
    method: base.method,
    url: shownUrl,
    status: response.status,
    redirected: hops.length === 0 ? undefined : { statuses: hops.map((hop) => hop.status), method: response.method, url: masks.url(maskUrlPassword(response.url)) },
    timeMs: response.timeMs,
    assertions,
    captures,
    unknownVariables: [],
    replayed: serverSaysReplayed(response),
    passed: stepPassed({ assertions, captures }),
  };
}

/** The linked operation and the document's operations, for the implicit check of a redirected answer. */
function implicitLink(op: OperationModel | undefined, model: ApiModel | undefined): ImplicitLink | undefined {
  return op === undefined || model === undefined ? undefined : { op, routes: model.operations.filter((each) => each.webhook !== true) };
}
