import { useState } from 'react';
import type { EvidenceExchange, Finding } from '../../../../shared/verify/verify-report';
import type { SaveOutcome, SaveTarget } from '../use-verify';

interface Props {
  readonly finding: Finding;
  readonly index: number;
  readonly collections: readonly { readonly id: string; readonly name: string }[];
  readonly defaultNewName: string;
  readonly saved?: SaveOutcome;
  readonly onSave: (target: SaveTarget) => void;
}

const NEW = '\u0000new';

function Exchange({ exchange }: { readonly exchange: EvidenceExchange }) {
  const { request, response } = exchange;
  return (
    <li className="verify-exchange">
      <div className="verify-step muted">{exchange.step}</div>
      <pre className="verify-wire" data-testid="finding-request">
        {`${request.method} ${request.url}\n${request.headers.map((h) => `${h.name}: ${h.value}`).join('\n')}${request.body === undefined ? '' : `\n\n${request.body}`}`}
      </pre>
      {response && (
        <pre className="verify-wire verify-wire-response" data-testid="finding-response">
          {`${response.status}\n${response.headers.map((h) => `${h.name}: ${h.value}`).join('\n')}${response.body === undefined ? '' : `\n\n${response.body}`}`}
        </pre>
      )}
      {exchange.error !== undefined && <p className="alert alert-error">{exchange.error}</p>}
    </li>
  );
}

function show(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

/** One finding: what broke, the exchanges that show it, the state diff, its curl and "Save as test". */
export function FindingCard({ finding, index, collections, defaultNewName, saved, onSave }: Props) {
  const [copied, setCopied] = useState<string>();
  const [target, setTarget] = useState<string>(collections[0]?.id ?? NEW);
  const [newName, setNewName] = useState(defaultNewName);
  const chosen = target === NEW || collections.some((c) => c.id === target) ? target : NEW;
  const diff = finding.evidence.stateDiff ?? [];
  return (
    <article className="verify-finding" data-testid="verify-finding" aria-label={`Finding: ${finding.check} on ${finding.method} ${finding.path}`}>
      <h3 className="verify-finding-title">
        <span className="verify-badge-failed">✗ {finding.check}</span>{' '}
        <code>
          {finding.method} {finding.path}
        </code>
      </h3>
      <p>{finding.message}</p>
      {finding.shrunkFrom !== undefined && <p className="muted">Shrunk from: {finding.shrunkFrom}</p>}
      {diff.length > 0 && (
        <table className="verify-diff" data-testid="finding-diff" aria-label="State before and after">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Change</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((d) => (
              <tr key={`${d.path} ${d.kind}`}>
                <td>
                  <code>{d.path || '/'}</code>
                </td>
                <td>{d.kind}</td>
                <td className="verify-diff-before">{show(d.before)}</td>
                <td className="verify-diff-after">{show(d.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details className="verify-evidence" open={index === 0}>
        <summary>Evidence: {finding.evidence.requests.length} exchange{finding.evidence.requests.length === 1 ? '' : 's'}</summary>
        <ol className="verify-exchanges">
          {finding.evidence.requests.map((exchange, i) => (
            <Exchange key={i} exchange={exchange} />
          ))}
        </ol>
      </details>
      <div className="verify-finding-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            navigator.clipboard.writeText(finding.curl).then(
              () => setCopied('Copied.'),
              () => setCopied('The clipboard refused: select the command under curl below.'),
            );
          }}
          data-testid="finding-copy-curl"
        >
          Copy curl
        </button>
        <label>
          <span className="visually-hidden">Save into</span>
          <select className="input input-compact" value={chosen} onChange={(e) => setTarget(e.target.value)} data-testid="finding-save-target">
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value={NEW}>New collection…</option>
          </select>
        </label>
        {chosen === NEW && <input className="input input-compact" value={newName} onChange={(e) => setNewName(e.target.value)} aria-label="New collection name" data-testid="finding-new-collection" />}
        <button type="button" className="button button-small button-primary" disabled={chosen === NEW && newName.trim() === ''} onClick={() => onSave(chosen === NEW ? { newName: newName.trim() } : { collectionId: chosen })} data-testid="finding-save">
          Save as test
        </button>
        {copied !== undefined && <span className="muted" role="status">{copied}</span>}
        {saved && (
          <span className={saved.ok ? 'verify-saved' : 'alert alert-error'} role="status" data-testid="finding-saved">
            {saved.message}
          </span>
        )}
      </div>
      <details className="verify-curl">
        <summary>curl</summary>
        <pre className="curl-command">{finding.curl}</pre>
      </details>
    </article>
  );
}
