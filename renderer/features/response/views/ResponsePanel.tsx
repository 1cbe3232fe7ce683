import { useId, useState } from 'react';
import { answersEarlierRequest } from '../../../../shared/idempotency/key-lifecycle';
import { MethodBadge } from '../../../components/MethodBadge';
import { nextTabIndex } from '../../../components/tab-keys';
import { formatBytes, formatDuration, statusClass, statusLine } from '../format-response';
import { keyNoteOf, type Exchange } from '../exchange-store';
import { IdempotencyResponseNote } from '../../request/views/IdempotencyResponseNote';
import type { ResendOverrides } from '../use-responses';
import { FailureAlert } from './FailureAlert';
import { HeadersTable } from './HeadersTable';
import { RedirectHops } from './RedirectHops';
import { ResponseBodyView } from './ResponseBodyView';
import { ResponseNotes } from './ResponseNotes';
import { SendingProgress } from './SendingProgress';
import { TimingWaterfall } from './TimingWaterfall';
import { ValidationPanel } from './ValidationPanel';

interface Props {
  readonly exchange?: Exchange;
  readonly onCancel?: () => void;
  readonly onResend?: (overrides: ResendOverrides) => void;
  /**
   * Given, the panel says beside the status what the answer means for the Idempotency-Key (a replay, a 409, a 422)
   * and flags an answer to an earlier request; true when the operation declares a key header (so a bare 400 may be about it).
   */
  readonly keyDeclared?: boolean;
}

type Tab = 'body' | 'headers' | 'timing';

const noop = () => undefined;

/** What a screen reader hears when the exchange changes: sending, the status and time, or why nothing came. */
function announcement(exchange: Exchange | undefined): string {
  if (exchange === undefined) return '';
  if (exchange.status === 'sending') return `Sending ${exchange.request.method}…`;
  if (exchange.status === 'failed') return `${exchange.error.code === 'cancelled' ? 'Cancelled' : 'No response'}: ${exchange.error.message}`;
  return `${statusLine(exchange.response.status, exchange.response.statusText)} in ${formatDuration(exchange.response.timeMs)}`;
}

/**
 * The first child of every state's section, so React keeps this one element while the panel changes state
 * and its polite live region announces each new text.
 */
function Announcement({ exchange }: { readonly exchange: Exchange | undefined }) {
  return (
    <p className="visually-hidden" role="status" data-testid="response-announcement">
      {announcement(exchange)}
    </p>
  );
}

/** The last exchange of the selected operation: waiting, failed, or the response itself. */
export function ResponsePanel({ exchange, onCancel = noop, onResend = noop, keyDeclared }: Props) {
  const [tab, setTab] = useState<Tab>('body');
  const id = useId();

  if (!exchange) {
    return (
      <section className="panel response-panel response-empty" aria-label="Response">
        <Announcement exchange={exchange} />
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
        <Announcement exchange={exchange} />
        {target}
        <SendingProgress {...(exchange.progress ? { progress: exchange.progress } : {})} onCancel={onCancel} />
      </section>
    );
  }

  if (exchange.status === 'failed') {
    return (
      <section className="panel response-panel" aria-label="Response" data-exchange-seq={exchange.seq} data-testid="response-panel">
        <Announcement exchange={exchange} />
        {target}
        <FailureAlert error={exchange.error} onResend={onResend} />
      </section>
    );
  }

  const { response } = exchange;
  const keyNote = keyDeclared === undefined ? undefined : keyNoteOf(exchange, keyDeclared);
  const earlier = answersEarlierRequest(keyNote);
  const tabs: readonly { readonly id: Tab; readonly label: string }[] = [
    { id: 'body', label: 'Body' },
    { id: 'headers', label: `Headers (${response.headers.length})` },
    ...(response.timings ? [{ id: 'timing' as const, label: 'Timing' }] : []),
  ];
  return (
    <section className="panel response-panel" aria-label="Response" data-exchange-seq={exchange.seq} data-testid="response-panel">
      <Announcement exchange={exchange} />
      {target}
      <div className="response-summary">
        <span className={`status status-${statusClass(response.status)}`} data-testid="response-status">
          {statusLine(response.status, response.statusText)}
        </span>
        {earlier && (
          <span className="chip chip-warning" data-testid="response-replayed" title={keyNote?.text}>
            Answer to an earlier request
          </span>
        )}
        <span className="metric">
          <span className="metric-label">Time</span> <span data-testid="response-time">{formatDuration(response.timeMs)}</span>
        </span>
        <span className="metric">
          <span className="metric-label">Size</span> <span data-testid="response-size">{formatBytes(response.sizeBytes)}</span>
          {response.transferredBytes !== undefined && response.transferredBytes !== response.sizeBytes && (
            <span className="muted" data-testid="response-transferred">
              {' '}
              ({formatBytes(response.transferredBytes)} transferred)
            </span>
          )}
        </span>
        {response.insecureTls === true && (
          <span className="chip chip-warning" data-testid="insecure-tls" title="The server's TLS certificate was not verified for this request, as you allowed.">
            Certificate not verified
          </span>
        )}
        {response.contentType !== undefined && <code className="chip chip-muted content-type">{response.contentType}</code>}
      </div>
      <IdempotencyResponseNote note={keyNote} testId="response-key-note" />
      <RedirectHops hops={response.redirects ?? []} {...(response.redirectNote === undefined ? {} : { note: response.redirectNote })} />
      <ResponseNotes response={response} />
      <div className="tabs" role="tablist" aria-label="Response parts">
        {tabs.map((t, index) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${id}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${id}-panel-${t.id}`}
            // Roving focus: Tab enters the selected tab, the arrows move between tabs.
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'tab tab-active' : 'tab'}
            onClick={() => setTab(t.id)}
            onKeyDown={(event) => {
              const next = tabs[nextTabIndex(event.key, index, tabs.length) ?? -1];
              if (next === undefined) return;
              event.preventDefault();
              setTab(next.id);
              document.getElementById(`${id}-tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel-body`} aria-labelledby={`${id}-tab-body`} hidden={tab !== 'body'} className="tab-panel">
        {response.validation && <ValidationPanel validation={response.validation} />}
        <ResponseBodyView response={response} />
      </div>
      <div role="tabpanel" id={`${id}-panel-headers`} aria-labelledby={`${id}-tab-headers`} hidden={tab !== 'headers'} className="tab-panel">
        <HeadersTable headers={response.headers} {...(response.jarCookies === undefined ? {} : { jarCookies: response.jarCookies })} />
      </div>
      {response.timings && (
        <div role="tabpanel" id={`${id}-panel-timing`} aria-labelledby={`${id}-tab-timing`} hidden={tab !== 'timing'} className="tab-panel">
          <TimingWaterfall timings={response.timings} />
        </div>
      )}
    </section>
  );
}
