import type { RequestFormApi } from '../use-request-form';
import type { SendFlow } from '../use-send-flow';
import { MissingVariables } from '../../environments/views/MissingVariables';
import { IdempotencyResponseNote } from './IdempotencyResponseNote';
import type { KeyResponseNote } from '../../../../shared/idempotency/key-lifecycle';

interface Props {
  readonly form: RequestFormApi;
  readonly sending: boolean;
  readonly onSend: () => void;
  readonly flow?: SendFlow;
  /** What the last answer said about the key the form holds (the exchange store's note). */
  readonly keyNote?: KeyResponseNote;
}

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** The Send button, the URL it will call, and why it cannot send yet. */
export function SendBar({ form, sending, onSend, flow, keyNote }: Props) {
  const request = form.build.request;
  const { unresolved, waiting, tokenOrigin } = form.build;
  // A missing variable says so itself (below), and so do a wait and a token held back; the general note is for the other problems.
  const blocked = form.form.attempted && request === undefined && unresolved.length === 0 && waiting === undefined && tokenOrigin === undefined;
  return (
    <div className="send-bar">
      <button type="button" className="button button-primary button-send" onClick={onSend} aria-disabled={sending || waiting !== undefined || tokenOrigin !== undefined || undefined} aria-keyshortcuts="Control+Enter Meta+Enter" data-testid="send-button">
        {sending ? 'Sending…' : 'Send'}
      </button>
      {flow?.retry !== undefined && (
        <button
          type="button"
          className="button"
          onClick={flow.retry}
          aria-disabled={sending || undefined}
          title={`Send the last request again with the same ${form.key?.header ?? 'Idempotency-Key'}`}
          data-testid="retry-button"
        >
          Retry
        </button>
      )}
      <span className="kbd-hint" aria-hidden="true">
        <kbd>{IS_MAC ? '⌘' : 'Ctrl'}</kbd>+<kbd>Enter</kbd>
      </span>
      <code className="send-url" title={request?.url}>
        {request ? request.url : waiting !== undefined || tokenOrigin !== undefined ? '…' : unresolved.length > 0 ? 'Not sent until every {{variable}} has a value.' : 'The URL cannot be built yet: fill in the base URL and the path parameters.'}
      </code>
      {form.op.idempotency === 'not-idempotent' && (
        <label className="guard-toggle" title="Ask before sending the same method, URL and body again without an Idempotency-Key">
          <input type="checkbox" checked={form.form.guardOff !== true} onChange={(event) => form.setGuardOff(!event.target.checked)} data-testid="guard-toggle" />
          Ask before repeating
        </label>
      )}
      <IdempotencyResponseNote note={keyNote} />
      {flow?.keyRenewed !== undefined && (
        <p className="key-note" role="status" data-testid="key-renewed-note">
          {flow.keyRenewed}
        </p>
      )}
      <MissingVariables unresolved={unresolved} />
      {waiting !== undefined && (
        <p className="send-waiting" role="status" data-testid="send-waiting">
          {waiting}
        </p>
      )}
      {waiting === undefined && tokenOrigin !== undefined && (
        <div className="send-waiting" role="status" data-testid="send-token-origin">
          <p>{tokenOrigin.message}</p>
          {tokenOrigin.origin !== undefined && (
            <button type="button" className="button button-small" onClick={form.allowTokenOrigin} data-testid="allow-token-origin">
              Allow {tokenOrigin.origin}
            </button>
          )}
          {tokenOrigin.error !== undefined && (
            <p className="field-problem" role="alert">
              {tokenOrigin.error}
            </p>
          )}
        </div>
      )}
      {blocked && (
        <p className="send-blocked">
          Not sent: fix {form.build.problems.length === 1 ? 'the problem' : `the ${form.build.problems.length} problems`} marked above.
        </p>
      )}
    </div>
  );
}
