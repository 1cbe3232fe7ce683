import { useEffect, useMemo, useRef } from 'react';
import type { LoadedSpec } from '../../shared/model/api-model';
import { resendRequest } from '../../shared/request/resend-request';
import { emptyDraft, type RequestDraft } from '../features/document/request-draft';
import { documentExchangeKey, useDocumentSend } from '../features/document/use-document-send';
import { DocumentEditor } from '../features/document/views/DocumentEditor';
import { DeletedFileNote } from '../features/tabs/views/DeletedFileNote';
import { useSendShortcut } from '../features/request/use-send-shortcut';
import type { Responses } from '../features/response/use-responses';
import { ResponsePanel } from '../features/response/views/ResponsePanel';
import { ValueActionsContext } from '../features/response/value-actions';
import { useLastResults } from '../features/tests/use-last-results';
import { useValueActions } from '../features/tests/use-value-actions';
import { testsOf, withTests } from '../../shared/runner/test-edits';
import { useCommand } from './use-command';
import { RequestResponseSplit } from './RequestResponseSplit';
import type { PaneLayoutControls } from './use-pane-layout';

interface Props {
  readonly tabId: string;
  /** Undefined in an untouched new tab. */
  readonly draft?: RequestDraft;
  readonly onChange: (draft: RequestDraft) => void;
  readonly spec?: LoadedSpec;
  readonly responses: Responses;
  readonly panes: PaneLayoutControls;
  /** Send once on showing (history's "Send again"), then call `onSentOnOpen`. */
  readonly sendOnOpen?: boolean;
  readonly onSentOnOpen?: () => void;
  /** Save as: a name and a collection or folder for this request. */
  readonly onSaveAs?: () => void;
  /** The name of the saved request this was until its file was deleted. */
  readonly deletedName?: string;
}

/** A request document (free-form, saved, imported) beside its last response. Keyed by tab. */
export function DocumentWorkspace({ tabId, draft, onChange, spec, responses, panes, sendOnOpen = false, onSentOnOpen, onSaveAs, deletedName }: Props) {
  const doc = draft ?? emptyDraft();
  const flow = useDocumentSend(tabId, doc, spec, responses);
  const key = documentExchangeKey(tabId);
  const exchange = responses.exchanges[key];
  const sending = exchange?.status === 'sending';
  const send = () => {
    if (!sending) flow.send();
  };
  useSendShortcut(send);
  const pendingSend = useRef(sendOnOpen);
  useEffect(() => {
    // A saved request's collection is read first, so that this send carries its variables and certificates too.
    if (!pendingSend.current || flow.waiting !== undefined) return;
    pendingSend.current = false;
    flow.send();
    onSentOnOpen?.();
  }, [flow, onSentOnOpen]);
  useCommand('send', send);
  // A value clicked in the response becomes an assertion or capture of this request; its Tests tab shows.
  const tests = useMemo(() => testsOf({ assertions: doc.assertions, captures: doc.captures }), [doc.assertions, doc.captures]);
  const testResults = useLastResults(tests, exchange, flow.values);
  const { onValueAction, revealTests } = useValueActions(tests, (next) => onChange(withTests(doc, next)));
  return (
    <RequestResponseSplit
      panes={panes}
      request={
        <div className="document-pane">
          {draft === undefined && (
            <p className="new-tab-hint muted" data-testid="new-tab-hint">
              A new request: type a URL or paste a curl command, or pick an operation on the left to open it here (Ctrl/Cmd+F finds one).
            </p>
          )}
          {deletedName !== undefined && <DeletedFileNote name={deletedName} />}
          <DocumentEditor draft={doc} onChange={onChange} flow={flow} sending={sending} revealTests={revealTests} {...(testResults ? { testResults } : {})} />
          {draft !== undefined && onSaveAs !== undefined && (
            <p className="document-save-as">
              <button type="button" className="button button-small" onClick={onSaveAs} title="Save this request into a collection, under a name" data-testid="document-save-as">
                Save as…
              </button>
            </p>
          )}
        </div>
      }
      response={
        <ValueActionsContext.Provider value={onValueAction}>
          <ResponsePanel
            exchange={exchange}
            onCancel={() => responses.cancel(key)}
            onResend={(overrides) => {
              if (exchange !== undefined && exchange.status !== 'sending') void responses.send(key, resendRequest(exchange.request, overrides));
            }}
            keyDeclared={flow.link?.idempotencyKey !== undefined}
          />
        </ValueActionsContext.Provider>
      }
    />
  );
}
