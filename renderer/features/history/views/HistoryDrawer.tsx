import { useState } from 'react';
import { isErrorCode, type AppError } from '../../../../shared/ipc/result';
import { resendFromHistory, type HistoryEntry } from '../../../../shared/response/history-entry';
import { Drawer } from '../../../components/Drawer';
import { MethodBadge } from '../../../components/MethodBadge';
import type { Responses } from '../../response/use-responses';
import { formatDuration, statusClass } from '../../response/format-response';
import { ResponsePanel } from '../../response/views/ResponsePanel';
import { useHistory } from '../use-history';
import { SentRequest } from './SentRequest';
import { documentFromHistory } from '../../../../shared/request/history-document';
import type { RequestDraft } from '../../document/request-draft';
import { urlLabel } from '../../document/request-draft';

interface Props {
  readonly responses: Responses;
  /** Opens an entry as an unsaved request in a new tab (and sends it when `send`); without it, Send again re-sends from here. */
  readonly onOpenInEditor?: (draft: RequestDraft, send: boolean) => void;
}

/** A History button and the drawer it opens: search, reopen an entry, send it again. */
export function HistoryDrawer({ responses, onOpenInEditor }: Props) {
  const [shown, setShown] = useState(false);
  const history = useHistory(shown);
  const opened = history.opened;

  return (
    <Drawer
      name="history"
      toggleText="History"
      toggleClassName="button drawer-toggle-floating history-toggle"
      label="History"
      title="History"
      closeLabel="Close history"
      className="history-drawer"
      shown={shown}
      onShownChange={setShown}
      actions={
        <>
          <input type="search" className="input input-compact viewer-search" placeholder="Search URL, status, bodies" aria-label="Search history" value={history.query} onChange={(event) => history.setQuery(event.target.value)} data-testid="history-search" />
          <button type="button" className="button button-small button-ghost" onClick={history.refresh}>
            Refresh
          </button>
          <button type="button" className="button button-small button-ghost" onClick={history.clear}>
            Clear
          </button>
        </>
      }
    >
      {history.error && <p className="alert alert-error">{history.error.message}</p>}
      {opened ? (
        <OpenedEntry
          entry={opened}
          responses={responses}
          onBack={history.close}
          {...(onOpenInEditor
            ? {
                onOpenInEditor: (draft: RequestDraft, send: boolean) => {
                  setShown(false);
                  onOpenInEditor(draft, send);
                },
              }
            : {})}
        />
      ) : (
        <ol className="history-list">
          {history.entries.length === 0 && <li className="muted">Nothing sent yet{history.query ? ' matches this search' : ''}.</li>}
          {history.entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="history-row" onClick={() => history.open(entry.id)} data-testid="history-entry">
                <MethodBadge method={entry.method} />
                <code className="history-url">{entry.url}</code>
                {entry.status !== undefined ? <span className={`status status-${statusClass(entry.status)}`}>{entry.status}</span> : <span className="chip chip-warning">{entry.errorCode}</span>}
                {entry.timeMs !== undefined && <span className="muted">{formatDuration(entry.timeMs)}</span>}
                <time className="muted" dateTime={entry.at}>
                  {new Date(entry.at).toLocaleTimeString()}
                </time>
              </button>
            </li>
          ))}
        </ol>
      )}
    </Drawer>
  );
}

function OpenedEntry({ entry, responses, onBack, onOpenInEditor }: { readonly entry: HistoryEntry; readonly responses: Responses; readonly onBack: () => void; readonly onOpenInEditor?: (draft: RequestDraft, send: boolean) => void }) {
  const opKey = `history:${entry.id}`;
  const again = responses.exchanges[opKey];
  // Credentials were never stored: the headers and query parameters that held them are left out.
  const { request, notStored } = resendFromHistory(entry);
  const opened = documentFromHistory(entry.request, entry.opKey);
  const redacted = [...new Set([...opened.withheld, ...notStored])];
  // Named by its path, like a new request's Save as: the query may have held a credential.
  const open = (send: boolean) => onOpenInEditor?.({ ...opened.document, url: request.url, name: `${entry.request.method} ${urlLabel(entry.request.url)} (history)` }, send);
  const resend = () => {
    if (onOpenInEditor) {
      open(true);
      return;
    }
    void responses.send(opKey, request);
  };
  // The panel's sent view shows the request as recorded: masked, its credentials never kept.
  const base = { seq: 0, request: { method: entry.request.method, url: entry.request.url, headers: entry.request.headers }, recorded: entry.request };
  const stored = entry.response ? { ...base, status: 'received' as const, response: entry.response } : { ...base, status: 'failed' as const, error: storedError(entry) };
  return (
    <div className="history-opened" data-testid="history-opened">
      <div className="history-head">
        <button type="button" className="button button-small button-ghost" onClick={onBack}>
          ← All entries
        </button>
        {onOpenInEditor && (
          <button type="button" className="button button-small" onClick={() => open(false)} data-testid="history-open-editor">
            Open in editor
          </button>
        )}
        <button type="button" className="button button-small button-primary" onClick={resend} data-testid="history-resend">
          Send again
        </button>
        <span className="muted">{new Date(entry.at).toLocaleString()}</span>
      </div>
      {redacted.length > 0 && (
        <p className="body-note">
          Not stored: {redacted.join(', ')}. {onOpenInEditor ? `Opened in the editor, the request takes them from the current auth and environment${entry.request.signing === undefined ? '' : ' (fill the signing secret in under Auth: it is signed afresh when sent)'}.` : "Send from the operation's form to include them."}
        </p>
      )}
      {opened.bodyNote !== undefined && <p className="body-note">{opened.bodyNote}</p>}
      {entry.bodyTruncated && <p className="body-note">History kept only the beginning of this body.</p>}
      <div className="history-exchange">
        <SentRequest request={entry.request} signedHeaders={entry.response?.signedHeaders} wireHeaders={entry.response?.wireHeaders} />
        <ResponsePanel exchange={again ?? stored} onCancel={() => responses.cancel(opKey)} />
      </div>
    </div>
  );
}

/** The stored failure of an entry; a code this version does not know (an older file's) reads as unknown. */
function storedError(entry: HistoryEntry): AppError {
  if (!entry.error) return { code: 'unknown', message: 'No answer was stored.' };
  return { code: isErrorCode(entry.error.code) ? entry.error.code : 'unknown', message: entry.error.message };
}
