import { useMemo } from 'react';
import { sentView } from '../../../../shared/request/sent-record';
import { CopyAsCurl } from '../../auth/views/CopyAsCurl';
import { SentRequest } from '../../history/views/SentRequest';
import type { Exchange } from '../exchange-store';

/** What the note above the request says for an exchange that has no answer yet, or will have none. */
function stateNote(exchange: Exchange) {
  if (exchange.status === 'sending') {
    return (
      <p className="body-note" data-testid="sent-in-flight">
        Sending now. This is the request as built; the headers the HTTP client and the cookie jar add show here once the answer comes.
      </p>
    );
  }
  if (exchange.status === 'failed') {
    return (
      <p className="body-note" data-testid="sent-failed">
        No answer came. This is the request as built; what reached the wire was not recorded.
      </p>
    );
  }
  return undefined;
}

/**
 * The request of the answer on screen as it went out: masked as history keeps it, every header the
 * last hop wrote (those added on the way out marked), the body, the redirects; copyable as curl.
 */
export function SentTab({ exchange }: { readonly exchange: Exchange }) {
  const response = exchange.status === 'received' ? exchange.response : undefined;
  const view = useMemo(() => sentView(exchange.request, response, exchange.recorded), [exchange.request, response, exchange.recorded]);
  // An entry reopened from history kept no secret to copy with: Open in editor sends it with today's.
  const copy = exchange.recorded === undefined ? <CopyAsCurl request={exchange.request} secrets={exchange.request.secretValues ?? []} /> : undefined;
  return (
    <div data-testid="response-sent" data-exchange-seq={exchange.seq} data-state={exchange.status}>
      <SentRequest request={view.request} signedHeaders={view.signedHeaders} wireHeaders={view.wireHeaders} redirects={view.redirects} finalUrl={view.finalUrl} finalMethod={view.finalMethod} note={stateNote(exchange)} actions={copy} />
    </div>
  );
}
