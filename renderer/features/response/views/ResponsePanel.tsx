import { useId, useState } from 'react';
import { MethodBadge } from '../../../components/MethodBadge';
import { formatBytes, formatDuration, statusClass, statusLine } from '../format-response';
import type { Exchange } from '../responses-store';
import { HeadersTable } from './HeadersTable';
import { ResponseBodyView } from './ResponseBodyView';

interface Props {
  readonly exchange?: Exchange;
}

type Tab = 'body' | 'headers';

/** The last exchange of the selected operation: waiting, failed, or the response itself. */
export function ResponsePanel({ exchange }: Props) {
  const [tab, setTab] = useState<Tab>('body');
  const id = useId();

  if (!exchange) {
    return (
      <section className="panel response-panel response-empty" aria-label="Response">
        <p className="muted">Send the request to see the response here.</p>
      </section>
    );
  }

  const target = (
    <p className="response-target">
      <MethodBadge method={exchange.request.method} />
      <code title={exchange.request.url}>{exchange.request.url}</code>
    </p>
  );

  if (exchange.status === 'sending') {
    return (
      <section className="panel response-panel" aria-label="Response" aria-busy="true" data-exchange-seq={exchange.seq}>
        {target}
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Waiting for the response…
        </p>
      </section>
    );
  }

  if (exchange.status === 'failed') {
    return (
      <section className="panel response-panel" aria-label="Response" data-exchange-seq={exchange.seq} data-testid="response-panel">
        {target}
        <div className="alert alert-error" role="alert" data-testid="response-error">
          <strong className="alert-title">No response</strong>
          <p className="alert-message">{exchange.error.message}</p>
        </div>
      </section>
    );
  }

  const { response } = exchange;
  const tabs: readonly { readonly id: Tab; readonly label: string }[] = [
    { id: 'body', label: 'Body' },
    { id: 'headers', label: `Headers (${response.headers.length})` },
  ];
  return (
    <section className="panel response-panel" aria-label="Response" data-exchange-seq={exchange.seq} data-testid="response-panel">
      {target}
      <div className="response-summary">
        <span className={`status status-${statusClass(response.status)}`} data-testid="response-status">
          {statusLine(response.status, response.statusText)}
        </span>
        <span className="metric">
          <span className="metric-label">Time</span> <span data-testid="response-time">{formatDuration(response.timeMs)}</span>
        </span>
        <span className="metric">
          <span className="metric-label">Size</span> <span data-testid="response-size">{formatBytes(response.sizeBytes)}</span>
        </span>
        {response.contentType !== undefined && <code className="chip chip-muted content-type">{response.contentType}</code>}
      </div>
      <div className="tabs" role="tablist" aria-label="Response parts">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${id}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${id}-panel-${t.id}`}
            className={tab === t.id ? 'tab tab-active' : 'tab'}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel-body`} aria-labelledby={`${id}-tab-body`} hidden={tab !== 'body'} className="tab-panel">
        <ResponseBodyView response={response} />
      </div>
      <div role="tabpanel" id={`${id}-panel-headers`} aria-labelledby={`${id}-tab-headers`} hidden={tab !== 'headers'} className="tab-panel">
        <HeadersTable headers={response.headers} />
      </div>
    </section>
  );
}
