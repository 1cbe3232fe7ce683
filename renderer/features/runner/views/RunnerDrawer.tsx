import { useState } from 'react';
import { Drawer } from '../../../components/Drawer';
import { failedStepIds } from '../runner-store';
import { useRunner } from '../use-runner';
import { RunPlanList } from './RunPlanList';
import { RunResultsTable } from './RunResultsTable';
import { RunSummaryBanner } from './RunSummaryBanner';
import { DataFilePicker } from './DataFilePicker';
import { IterationResults } from './IterationResults';
import { SpecUnreadableNotice } from './SpecUnreadableNotice';

/** A Runner button in the header and the panel it opens: pick, see the plan, run, watch, stop, re-run failed. */
export function RunnerDrawer() {
  const [shown, setShown] = useState(false);
  const runner = useRunner(shown);
  const { state, plan } = runner;
  const running = state.status === 'running';
  const done = state.results.length;
  const failed = failedStepIds(state.results);
  const problems = plan?.problems ?? [];
  // A run refused before its first step (a broken spec) has no progress or table to show, only its error.
  const started = state.status !== 'idle' && (state.error === undefined || state.results.length > 0);

  return (
    <Drawer
      name="runner"
      toggleText="Runner"
      toggleClassName="button button-small"
      label="Collection runner"
      title="Run a collection"
      closeLabel="Close runner"
      className="runner-drawer"
      shown={shown}
      onShownChange={setShown}
      actions={
        <button type="button" className="button button-small button-ghost" onClick={runner.refresh} disabled={running}>
          Refresh
        </button>
      }
    >
      {runner.loadError && <p className="alert alert-error">{runner.loadError}</p>}
      {runner.targets.length === 0 ? (
        <p className="muted">No collections yet. Save a request into a collection first; its requests then run here in order.</p>
      ) : (
        <div className="runner-options">
          <label>
            Collection or folder
            <select className="input input-compact" value={runner.targetId} onChange={(e) => runner.setTargetId(e.target.value)} disabled={running} data-testid="runner-target">
              {runner.targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {`${'  '.repeat(t.depth)}${t.depth > 0 ? '└ ' : ''}${t.label}`}
                </option>
              ))}
            </select>
          </label>
          <label>
            Iterations
            <input type="number" className="input input-compact runner-iterations" min={1} max={10000} value={runner.iterations} onChange={(e) => runner.setIterations(Math.max(1, Math.min(10000, Number(e.target.value) || 1)))} disabled={running} data-testid="runner-iterations" />
          </label>
          <label className="runner-check">
            <input type="checkbox" checked={runner.bail} onChange={(e) => runner.setBail(e.target.checked)} disabled={running} />
            Stop at first failure
          </label>
          <span className="muted runner-env">{runner.environmentName ? `Environment: ${runner.environmentName}` : 'No environment active'}</span>
          <DataFilePicker {...(runner.dataFile ? { file: runner.dataFile } : {})} onChoose={runner.chooseDataFile} onClear={runner.clearDataFile} disabled={running} />
        </div>
      )}
      {problems.length > 0 && (
        <div className="alert alert-error" role="alert">
          This collection cannot run until these files are fixed:
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {plan && state.status === 'idle' && <RunPlanList plan={plan} />}
      <div className="runner-actions">
        {running ? (
          <button type="button" className="button button-danger" onClick={runner.stop} data-testid="runner-stop">
            Stop
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={runner.start} disabled={!plan || plan.steps.length === 0 || problems.length > 0} data-testid="runner-start">
            Run {plan ? `${plan.steps.length} request${plan.steps.length === 1 ? '' : 's'}` : ''}
          </button>
        )}
        {!running && failed.length > 0 && (
          <button type="button" className="button" onClick={runner.rerunFailed} data-testid="runner-rerun-failed">
            Re-run failed ({failed.length})
          </button>
        )}
        {started && (
          <div className="runner-progress" role="progressbar" aria-label="Run progress" aria-valuemin={0} aria-valuemax={state.total} aria-valuenow={done} data-testid="runner-progress">
            <div className={`runner-progress-bar${failed.length > 0 ? ' has-failures' : ''}`} style={{ width: `${state.total > 0 ? Math.min(100, (done / state.total) * 100) : 100}%` }} />
          </div>
        )}
        {started && (
          <span className="muted runner-count">
            {done}/{state.total}
          </span>
        )}
      </div>
      {state.error && (
        <p className="alert alert-error alert-message" role="alert" data-testid="runner-error">
          {state.error}
        </p>
      )}
      {state.specUnreadable && <SpecUnreadableNotice notice={state.specUnreadable} />}
      {state.report && <RunSummaryBanner summary={state.report.summary} />}
      {started && <IterationResults results={state.results} {...(state.rows ? { rows: state.rows } : {})} />}
      {started && <RunResultsTable results={state.results} iterations={runner.iterations} />}
    </Drawer>
  );
}
