import type { VerifyPlan } from '../../../../shared/verify/verify-plan';

interface Props {
  readonly plan: VerifyPlan;
  readonly baseUrl: string;
  readonly remote: boolean;
}

/** The plan before anything is sent: each operation, what it changes, the checks that run, about how many requests. */
export function VerifyPlanView({ plan, baseUrl, remote }: Props) {
  const runs = plan.operations.reduce((n, op) => n + op.checks.filter((c) => c.skip === undefined).length, 0);
  const all = plan.operations.reduce((n, op) => n + op.checks.length, 0);
  const writes = plan.operations.filter((op) => !op.changes.startsWith('nothing')).length;
  return (
    <section className="verify-plan" aria-label="Verify plan" data-testid="verify-plan">
      <p className="verify-plan-summary">
        <strong>Plan:</strong> {plan.operations.length} operation{plan.operations.length === 1 ? '' : 's'}, {runs} of {all} checks apply, about {plan.requests} request{plan.requests === 1 ? '' : 's'} to {baseUrl || 'the base URL'}.
      </p>
      <p className={`alert ${remote ? 'alert-error' : 'alert-warning'}`} role="note" data-testid="verify-warning">
        Verify sends writes: {writes > 0 ? `${writes} of these operations create, change or delete data (POST, PUT, PATCH, DELETE)` : 'none chosen here writes, but generated inputs still reach the server'}. Resources it creates are deleted at the end where the API has a DELETE. Only this machine (localhost, 127.0.0.0/8, ::1) is a target unless a remote one is allowed.
      </p>
      <details className="verify-plan-details">
        <summary>What each operation runs and changes</summary>
        <table className="verify-plan-table">
          <thead>
            <tr>
              <th scope="col">Operation</th>
              <th scope="col">Changes</th>
              <th scope="col">Checks (skipped)</th>
              <th scope="col">Requests</th>
            </tr>
          </thead>
          <tbody>
            {plan.operations.map((op) => {
              const running = op.checks.filter((c) => c.skip === undefined);
              return (
                <tr key={`${op.method} ${op.path}`}>
                  <td>
                    <code>
                      {op.method} {op.path}
                    </code>
                  </td>
                  <td>{op.changes}</td>
                  <td title={op.checks.filter((c) => c.skip !== undefined).map((c) => `${c.name}: ${c.skip ?? ''}`).join('\n')}>
                    {running.length} ({op.checks.length - running.length})
                  </td>
                  <td>{running.reduce((n, c) => n + c.requests, 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}
