/** The inputs checks: valid values (boundaries included) are accepted, invalid ones refused with a 4xx. */
import { paramKey } from '../../../shared/request/build-request';
import type { RequestCase } from '../../../shared/verify/request-case';
import { isConditional } from '../../../shared/verify/preconditions';
import { shrinkCase } from '../../../shared/verify/shrink';
import { requiresAuth } from '../../../shared/verify/verify-checks';
import { caseIsValid, invalidCases, validCases, type CaseInputs } from './request-cases';
import { failed, inputsOf, nothingToCheck, PASSED, reachReferences, reachResources, sendCase, skipped, type CheckResult, type OperationContext } from './operation-context';
import type { Exchange } from './verify-session';

/** Statuses that speak of the state of the server, not of the input: fine for a valid request. */
const STATE_ANSWERS = new Set([404, 409, 410]);
const SHRINK_BUDGET = 30;

function validProblem(exchange: Exchange): string | undefined {
  const status = exchange.response?.status;
  if (status === undefined) return `no answer (${exchange.error ?? 'unknown error'})`;
  if (status >= 500) return `a server error ${status}`;
  // A 412 answers the request's condition (a generated If-Match matches nothing), not its values (RFC 9110 §13.1.1).
  if (status === 412 && isConditional(exchange.request.headers)) return undefined;
  if (status >= 400 && !STATE_ANSWERS.has(status)) return `${status}, refusing it`;
  return undefined;
}

function invalidProblem(exchange: Exchange): string | undefined {
  const status = exchange.response?.status;
  if (status === undefined) return `no answer (${exchange.error ?? 'unknown error'})`;
  if (status >= 500) return `a server error ${status} instead of a 4xx`;
  if (status >= 200 && status < 300) return `${status}, accepting it, instead of a 4xx`;
  return undefined;
}

async function runCases(ctx: OperationContext, kind: 'valid' | 'invalid', cases: readonly RequestCase[], inputs: CaseInputs, chain: readonly Exchange[], shrinkable: boolean): Promise<CheckResult> {
  const judge = kind === 'valid' ? validProblem : invalidProblem;
  const wantsValid = kind === 'valid';
  for (const testCase of cases) {
    if (ctx.session.stopped) break;
    const exchange = await sendCase(ctx, testCase, `${kind} input: ${testCase.label}`);
    if (exchange === undefined) continue;
    const status = exchange.response?.status;
    // Refused credentials are the auth checks' finding, not an input one: there is nothing to learn about inputs.
    if ((status === 401 || status === 403) && requiresAuth(ctx.op)) return skipped(`The credentials were refused (${status}), so no input reached the operation. Give working ones with --header; auth-accepted reports this.`);
    const problem = judge(exchange);
    if (problem === undefined) continue;
    let shown = exchange;
    let shrunkFrom: string | undefined;
    if (shrinkable && exchange.response !== undefined) {
      const { shrunk } = await shrinkCase(
        testCase,
        async (candidate) => {
          if (caseIsValid(inputs, candidate) !== wantsValid) return false;
          const tried = await sendCase(ctx, candidate, `shrinking: ${testCase.label}`);
          // Only an answer reproduces a finding: a network failure says nothing about the smaller request.
          if (tried?.response === undefined || judge(tried) === undefined) return false;
          shown = tried;
          return true;
        },
        SHRINK_BUDGET,
        // The resource's id stays: another id would be another resource, found by chance.
        new Set(Object.keys(inputs.fixed).map((name) => paramKey({ in: 'path', name }))),
      );
      if (shrunk !== testCase) shrunkFrom = testCase.label;
    }
    const what = kind === 'valid' ? `A valid request (${testCase.label}) was answered ${judge(shown) ?? problem}.` : `An invalid request (${testCase.label}) was answered ${judge(shown) ?? problem}.`;
    return failed(what, [...chain, { ...shown, step: `${kind} input: ${testCase.label}${shrunkFrom === undefined ? '' : ' (shrunk)'}` }], shown.request, shrunkFrom === undefined ? {} : { shrunkFrom });
  }
  return PASSED;
}

/** valid-inputs-accepted */
export async function validInputsAccepted(ctx: OperationContext): Promise<CheckResult> {
  const resources = await reachResources(ctx);
  const inputs = inputsOf(ctx, resources.fixed);
  // A DELETE consumes its resource: one valid request, on a resource of its own.
  const references = await reachReferences(ctx);
  // Ids of resources the API itself answered (book_id), so a valid request is not refused for naming none.
  const cases = validCases(inputs, ctx.op.method === 'DELETE' ? 1 : ctx.maxExamples).map(references.apply);
  if (cases.length === 0) return skipped('No valid value could be generated for this operation (a pattern without examples?).');
  return runCases(ctx, 'valid', cases, inputs, [...resources.chain, ...references.chain], ctx.op.method !== 'DELETE');
}

/** invalid-inputs-rejected */
export async function invalidInputsRejected(ctx: OperationContext): Promise<CheckResult> {
  const resources = await reachResources(ctx);
  const inputs = inputsOf(ctx, resources.fixed);
  const references = await reachReferences(ctx);
  // A case that breaks an id field keeps its broken value; the others name a real resource, so only the broken value is wrong.
  const breaksReference = (label: string): boolean => references.fields.some((field) => label.startsWith(`body: ${field}:`) || label === `body: missing required ${field}`);
  const cases = invalidCases(inputs, ctx.maxExamples).map((c) => (breaksReference(c.label) ? c : references.apply(c)));
  if (cases.length === 0) return nothingToCheck('Nothing to break: the operation takes no constrained input.');
  return runCases(ctx, 'invalid', cases, inputs, [...resources.chain, ...references.chain], true);
}
