/** What a step needs from the collection's spec: the response expectation and the idempotency check. */
import { planIdempotencyCheck } from '../../../shared/idempotency/check-plan';
import type { ApiModel, OperationModel } from '../../../shared/model/api-model';
import type { RequestDescription } from '../../../shared/request/request-model';
import { responseExpectation, type ResponseExpectation } from '../../../shared/response/response-validation';
import type { PlannedStep } from '../../../shared/runner/run-plan';
import { runIdempotencyCheck } from '../idempotency-check/run-check';

export interface StepSpecChecks {
  readonly expect?: ResponseExpectation;
  /** Runs the idempotency check (two more sends) and gives its verdict. */
  readonly idempotency?: () => Promise<{ verdict: string; summary: string }>;
}

/** The checks `step` asks for that the spec can answer; none when it asks for none or has no operation. */
export function specChecks(step: PlannedStep, request: RequestDescription, model: ApiModel | undefined): StepSpecChecks {
  const wantsSpec = step.assertions.some((a) => a.type === 'conforms');
  const wantsCheck = step.assertions.some((a) => a.type === 'idempotent');
  if (!wantsSpec && !wantsCheck) return {};
  const op = linkedOperation(step, model);
  if (!op || !model) return {};
  const checks: { expect?: ResponseExpectation; idempotency?: () => Promise<{ verdict: string; summary: string }> } = {};
  if (wantsSpec) checks.expect = responseExpectation(model, op);
  if (wantsCheck) {
    const eligible = planIdempotencyCheck(op, model, request);
    checks.idempotency = eligible.ok
      ? async () => {
          try {
            const report = await runIdempotencyCheck({ request, plan: eligible.plan });
            return { verdict: report.verdict, summary: report.summary };
          } catch (error) {
            return { verdict: 'inconclusive', summary: error instanceof Error ? error.message : String(error) };
          }
        }
      : () => Promise.resolve({ verdict: 'not checked', summary: eligible.why });
  }
  return checks;
}

/** The operation of `model` the step's request is linked to (by key, else by operationId). */
export function linkedOperation(step: PlannedStep, model: ApiModel | undefined): OperationModel | undefined {
  const link = step.request.operation;
  if (!model || !link) return undefined;
  return model.operations.find((each) => each.key === link.key) ?? model.operations.find((each) => each.operationId !== undefined && each.operationId === link.operationId);
}
