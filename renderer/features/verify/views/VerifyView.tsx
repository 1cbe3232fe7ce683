import type { LoadedSpec } from '../../../../shared/model/api-model';
import { useVerify } from '../use-verify';
import { FindingCard } from './FindingCard';
import { VerifyMatrix } from './VerifyMatrix';
import { VerifyPlanView } from './VerifyPlanView';
import { VerifySetup } from './VerifySetup';

interface Props {
  readonly spec: LoadedSpec;
  readonly onClose: () => void;
}

/** Verify the open API: choose, see the plan, run with progress and Stop, read the matrix and each finding. */
export function VerifyView({ spec, onClose }: Props) {
  const verify = useVerify(spec);
  const { state, plan } = verify;
  const busy = state.status === 'running' || state.status === 'stopping';
  const report = state.report;
  const failed = state.outcomes.reduce((n, op) => n + op.checks.filter((c) => c.status === 'failed').length, 0);
  return (
    <section className="panel verify-view" aria-label="Verify this API" data-testid="verify-view">
      <header className="verify-header">
        <h1 className="overview-title">Verify {spec.model.title}</h1>
        <button type="button" className="button button-small button-ghost" onClick={onClose} disabled={busy} data-testid="verify-close">
          Back to overview
        </button>
      </header>
      <p className="muted">Sends requests generated from the document to the API and checks that it keeps the document's and HTTP's promises: the same engine as roundtrip verify.</p>
      <VerifySetup verify={verify} disabled={busy} />
      <VerifyPlanView plan={plan} baseUrl={verify.settings.baseUrl} remote={verify.remote} />
      {verify.blocked !== undefined && !busy && (
        <p className="alert alert-error" role="alert" data-testid="verify-blocked">
          {verify.blocked}
        </p>
      )}
      <div className="runner-actions">
        {busy ? (
          <button type="button" className="button button-danger" onClick={verify.stop} disabled={state.status === 'stopping'} data-testid="verify-stop">
            {state.status === 'stopping' ? 'Stopping…' : 'Stop'}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={verify.start} disabled={verify.blocked !== undefined} data-testid="verify-start">
            {state.status === 'done' ? 'Run again' : 'Run verify'}
          </button>
        )}
        {state.status !== 'idle' && (
          <div className="runner-progress" role="progressbar" aria-label="Verify progress" aria-valuemin={0} aria-valuemax={state.total} aria-valuenow={state.done} data-testid="verify-progress">
            <div className={`runner-progress-bar${failed > 0 ? ' has-failures' : ''}`} style={{ width: `${state.total > 0 ? Math.min(100, (state.done / state.total) * 100) : 100}%` }} />
          </div>
        )}
        {state.status !== 'idle' && (
          <span className="muted runner-count">
            {state.done}/{state.total} checks
          </span>
        )}
      </div>
      {state.error !== undefined && (
        <p className="alert alert-error" role="alert" data-testid="verify-error">
          {state.error}
        </p>
      )}
      {report && (
        <p className={`verify-summary ${report.findings.length > 0 ? 'verify-summary-failed' : 'verify-summary-passed'}`} role="status" data-testid="verify-summary">
          {report.stopped === 'user' ? 'Stopped. ' : ''}
          {report.findings.length === 0 ? '✓ No findings' : `✗ ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`}: {report.summary.operations} operations, {report.summary.requests} requests in {(report.summary.durationMs / 1000).toFixed(1)} s against {report.target} (seed {report.seed}).
        </p>
      )}
      <VerifyMatrix outcomes={state.outcomes} />
      {report && report.findings.length > 0 && (
        <section className="verify-findings" aria-label="Findings">
          <h2 className="form-section-title">Findings</h2>
          {report.findings.map((finding, index) => (
            <FindingCard
              key={`${finding.method} ${finding.path} ${finding.check} ${index}`}
              finding={finding}
              index={index}
              collections={verify.collections}
              defaultNewName={`${spec.model.title} verify findings`}
              {...(verify.saved[index] ? { saved: verify.saved[index] } : {})}
              onSave={(target) => void verify.saveFinding(finding, index, target)}
            />
          ))}
        </section>
      )}
    </section>
  );
}
