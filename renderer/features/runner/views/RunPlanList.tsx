import type { HttpMethod } from '../../../../shared/model/api-model';
import type { RunPlan } from '../../../../shared/runner/run-plan';
import { MethodBadge } from '../../../components/MethodBadge';

/** The steps a run will send, in order; steps that may do something twice are marked before anything is sent. */
export function RunPlanList({ plan }: { readonly plan: RunPlan }) {
  const risky = plan.steps.filter((s) => s.nonIdempotent).length;
  return (
    <div className="runner-plan" data-testid="runner-plan">
      <p className="muted">
        {plan.steps.length} request{plan.steps.length === 1 ? '' : 's'} in order
        {risky > 0 ? `; ${risky} not idempotent (each run creates or changes something again)` : ''}.
      </p>
      <ol>
        {plan.steps.map((step) => (
          <li key={step.id} data-testid="runner-plan-step">
            <MethodBadge method={(step.request.method === 'TRACE' ? 'GET' : step.request.method) as HttpMethod} />
            <span className="runner-step-name">{[...step.folders, step.name].join(' / ')}</span>
            <span className="muted">{step.assertions.length} check{step.assertions.length === 1 ? '' : 's'}</span>
            {step.keyed && (
              <span className="runner-mark runner-mark-keyed" title="Sent with an Idempotency-Key: repeating it lets the server recognise the same request." data-testid="runner-keyed">
                idempotent with a key
              </span>
            )}
            {step.nonIdempotent && (
              <span className="runner-mark" title="Sending this again may create or change something again (a POST or PATCH without an Idempotency-Key)." data-testid="runner-non-idempotent">
                not idempotent
              </span>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
