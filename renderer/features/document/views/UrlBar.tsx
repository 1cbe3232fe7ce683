import type { ClipboardEvent } from 'react';
import type { RequestDraft } from '../request-draft';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

interface Props {
  readonly draft: RequestDraft;
  readonly onChange: (draft: RequestDraft) => void;
  /** Text pasted into the URL bar that reads as a curl command: the caller turns it into the request. */
  readonly onPasteCurl: (command: string) => void;
  readonly onSend: () => void;
  readonly sending: boolean;
  /** Send waits for something (the saved request's collection): shown as unavailable. */
  readonly waiting?: boolean;
}

/** The method picker, the whole URL (editable, {{variables}} and all) and Send, at the top of the editor. */
export function UrlBar({ draft, onChange, onPasteCurl, onSend, sending, waiting = false }: Props) {
  const onPaste = (event: ClipboardEvent<HTMLInputElement>): void => {
    const text = event.clipboardData.getData('text');
    if (!/^\s*curl\s/i.test(text)) return;
    event.preventDefault();
    onPasteCurl(text);
  };
  return (
    <div className="url-bar" data-testid="url-bar">
      <select className={`input url-method method-${draft.method.toLowerCase()}`} aria-label="Method" value={draft.method} onChange={(event) => onChange({ ...draft, method: event.target.value as RequestDraft['method'] })} data-testid="method-select">
        {METHODS.map((method) => (
          <option key={method} value={method}>
            {method}
          </option>
        ))}
      </select>
      <input
        className="input input-mono url-input"
        aria-label="URL"
        placeholder="https://api.example.com/items, {{baseUrl}}/items, or paste a curl command"
        spellCheck={false}
        value={draft.url}
        onChange={(event) => onChange({ ...draft, url: event.target.value })}
        onPaste={onPaste}
        data-testid="url-input"
      />
      <button type="button" className="button button-primary button-send" onClick={onSend} aria-disabled={sending || waiting || undefined} aria-keyshortcuts="Control+Enter Meta+Enter" data-testid="send-button">
        {sending ? 'Sending…' : 'Send'}
      </button>
    </div>
  );
}
