import type { DiffEntry } from '../../../../shared/idempotency/json-diff';
import type { IdempotencyCheck } from '../use-idempotency-check';

interface Props {
  readonly check: IdempotencyCheck;
  readonly method: string;
}

const VERDICT_LABEL = { idempotent: 'Idempotent', 'not-idempotent': 'Not idempotent', inconclusive: 'Inconclusive' } as const;

function show(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function DiffTable({ diff }: { readonly diff: readonly DiffEntry[] }) {
  return (
    <table className="check-diff" data-testid="check-diff">
      <caption className="visually-hidden">State after the 1st send compared with after the 2nd</caption>
      <thead>
        <tr>
          <th scope="col">Where</th>
          <th scope="col">Change</th>
          <th scope="col">After 1st send</th>
          <th scope="col">After 2nd send</th>
        </tr>
      </thead>
      <tbody>
        {diff.map((entry, index) => (
          <tr key={index} className={`check-diff-${entry.kind}`}>
            <td>
              <code>{entry.path === '' ? '(whole)' : entry.path}</code>
            </td>
            <td>{entry.kind}</td>
            <td>
              <code>{show(entry.before)}</code>
            </td>
            <td>
              <code>{show(entry.after)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Check idempotency": sends twice, reads the state after each, and shows the verdict with its evidence. */
export function IdempotencyCheckPanel({ check, method }: Props) {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || method === 'TRACE') return null;
  const { eligibility, state } = check;
  const blocked = eligibility?.ok === false ? eligibility.why : undefined;
  return (
    <section className="check-panel" aria-label="Idempotency check" data-testid="check-panel">
      <div className="check-head">
        <button type="button" className="button" onClick={check.run} aria-disabled={blocked !== undefined || state.status === 'running' || undefined} data-testid="check-button">
          {state.status === 'running' ? 'Checking…' : 'Check idempotency'}
        </button>
        <span className="check-help">{blocked ?? 'Sends this request twice and compares the state after each send. It changes data on the server.'}</span>
      </div>
      {state.status === 'failed' && (
        <p className="alert alert-error" role="alert" data-testid="check-error">
          {state.error.message}
        </p>
      )}
      {state.status === 'done' && (
        <div className={`check-report check-${state.report.verdict}`} role="status" data-testid="check-report" data-verdict={state.report.verdict}>
          <p>
            <strong className="check-verdict">{VERDICT_LABEL[state.report.verdict]}</strong> <span data-testid="check-summary">{state.report.summary}</span>
          </p>
          {state.report.details.length > 0 && (
            <ul className="check-details">
              {state.report.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          {state.report.diff.length > 0 && <DiffTable diff={state.report.diff} />}
          <ol className="check-exchanges" aria-label="What was sent">
            {state.report.exchanges.map((exchange, index) => (
              <li key={index} data-testid="check-exchange">
                {exchange.label}: {exchange.method} <code>{exchange.url}</code> → {exchange.status ?? exchange.error}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
