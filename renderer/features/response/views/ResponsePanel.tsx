import { useId, useState } from 'react';
import { answersEarlierRequest } from '../../../../shared/idempotency/key-lifecycle';
import { MethodBadge } from '../../../components/MethodBadge';
import { formatBytes, formatDuration, statusClass, statusLine } from '../format-response';
import { keyNoteOf, type Exchange } from '../exchange-store';
import { IdempotencyResponseNote } from '../../request/views/IdempotencyResponseNote';
import type { ResendOverrides } from '../use-responses';
import { FailureAlert } from './FailureAlert';
import { HeadersTable } from './HeadersTable';
import { PanelTabs, type PanelTab } from './PanelTabs';
import { RedirectHops } from './RedirectHops';
import { ResponseBodyView } from './ResponseBodyView';
import { ResponseNotes } from './ResponseNotes';
import { SendingProgress } from './SendingProgress';
import { SentTab } from './SentTab';
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

type Tab = 'body' | 'headers' | 'timing' | 'sent';

// The answer's views stay mounted while hidden (the body keeps its scroll and search); the sent view is built when shown.
const KEEP_MOUNTED: readonly Tab[] = ['body', 'headers', 'timing'];
const SENT_TAB: PanelTab<Tab> = { id: 'sent', label: 'Sent' };
const SENDING_TABS: readonly PanelTab<Tab>[] = [{ id: 'body', label: 'Body' }, SENT_TAB];
const FAILED_TABS: readonly PanelTab<Tab>[] = [{ id: 'body', label: 'Failure' }, SENT_TAB];

/** The tab to show: the chosen one when this state has it, else the first. */
function shownTab(chosen: Tab, tabs: readonly PanelTab<Tab>[]): Tab {
  return tabs.some((t) => t.id === chosen) ? chosen : (tabs[0]?.id ?? 'body');
}

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
    // While in flight the person can already read what is going out; the answer's tabs wait for it.
    return (
      <section className="panel response-panel" aria-label="Response" aria-busy="true" data-exchange-seq={exchange.seq}>
        <Announcement exchange={exchange} />
        {target}
        <SendingProgress {...(exchange.progress ? { progress: exchange.progress } : {})} onCancel={onCancel} />
        <PanelTabs
          idPrefix={id}
          label="Response parts"
          tabs={SENDING_TABS}
          selected={shownTab(tab, SENDING_TABS)}
          onSelect={setTab}
          panel={(t) => (t === 'sent' ? <SentTab exchange={exchange} /> : <p className="muted">The answer shows here when it comes.</p>)}
        />
      </section>
    );
  }

  if (exchange.status === 'failed') {
    return (
      <section className="panel response-panel" aria-label="Response" data-exchange-seq={exchange.seq} data-testid="response-panel">
        <Announcement exchange={exchange} />
        {target}
        <PanelTabs
          idPrefix={id}
          label="Response parts"
          tabs={FAILED_TABS}
          selected={shownTab(tab, FAILED_TABS)}
          onSelect={setTab}
          keepMounted={KEEP_MOUNTED}
          panel={(t) => (t === 'sent' ? <SentTab exchange={exchange} /> : <FailureAlert error={exchange.error} onResend={onResend} />)}
        />
      </section>
    );
  }

  const { response } = exchange;
  const keyNote = keyDeclared === undefined ? undefined : keyNoteOf(exchange, keyDeclared);
  const earlier = answersEarlierRequest(keyNote);
  const tabs: readonly PanelTab<Tab>[] = [
    { id: 'body', label: 'Body' },
    { id: 'headers', label: `Headers (${response.headers.length})` },
    ...(response.timings ? [{ id: 'timing' as const, label: 'Timing' }] : []),
    SENT_TAB,
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
      <PanelTabs idPrefix={id} label="Response parts" tabs={tabs} selected={shownTab(tab, tabs)} onSelect={setTab} keepMounted={KEEP_MOUNTED} panel={(t) => answerPanel(t, exchange)} />
    </section>
  );
}

/** The content of one tab of a received answer. */
function answerPanel(tab: Tab, exchange: Extract<Exchange, { status: 'received' }>) {
  const { response } = exchange;
  switch (tab) {
    case 'body':
      return (
        <>
          {response.validation && <ValidationPanel validation={response.validation} />}
          <ResponseBodyView response={response} />
        </>
      );
    case 'headers':
      return <HeadersTable headers={response.headers} {...(response.jarCookies === undefined ? {} : { jarCookies: response.jarCookies })} />;
    case 'timing':
      return response.timings ? <TimingWaterfall timings={response.timings} /> : null;
    case 'sent':
      return <SentTab exchange={exchange} />;
  }
}
