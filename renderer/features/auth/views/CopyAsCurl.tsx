import { useState } from 'react';
import { curlCommand } from '../../../../shared/request/curl-command';
import { redactForExport } from '../../../../shared/request/redact-for-export';
import type { RequestDescription } from '../../../../shared/request/request-model';
import { SNIPPET_LANGUAGES, type SnippetLanguage } from '../../../../shared/request/snippet-languages';
import { useCodeSnippet } from '../use-code-snippet';

interface Props {
  readonly request?: RequestDescription;
  readonly secrets: readonly string[];
}

const CURL = 'curl';

/** Copies the request as the exact curl command or as code in another language, secrets redacted unless the person asks otherwise. */
export function CopyAsCurl({ request, secrets }: Props) {
  const [redact, setRedact] = useState(true);
  const [copied, setCopied] = useState<string>();
  const [language, setLanguage] = useState<SnippetLanguage | typeof CURL>(CURL);
  const options = redact ? { secrets, redactCredentialHeaders: true } : {};
  const shown = request === undefined ? undefined : redactForExport(request, options);
  const snippet = useCodeSnippet(shown, language === CURL ? undefined : language);
  if (request === undefined) return null;
  const label = language === CURL ? 'curl' : (SNIPPET_LANGUAGES.find((l) => l.id === language)?.label ?? language);
  const text = language === CURL ? curlCommand(request, options) : snippet.status === 'done' ? snippet.code : snippet.status === 'error' ? '' : 'Writing…';
  return (
    <details className="curl-box" data-testid="curl-box">
      <summary>Copy as code</summary>
      <div className="curl-actions">
        <select
          className="input input-compact"
          aria-label="Language"
          value={language}
          onChange={(event) => {
            setLanguage(event.target.value as SnippetLanguage | typeof CURL);
            setCopied(undefined);
          }}
          data-testid="copy-as-language"
        >
          <option value={CURL}>curl</option>
          {SNIPPET_LANGUAGES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-small"
          disabled={language !== CURL && snippet.status !== 'done'}
          onClick={() => {
            navigator.clipboard.writeText(text).then(
              () => setCopied('Copied.'),
              () => setCopied('The clipboard refused: select the code below and copy it.'),
            );
          }}
          data-testid="copy-curl"
        >
          Copy as {label}
        </button>
        <label className="auth-without">
          <input type="checkbox" checked={redact} onChange={(event) => setRedact(event.target.checked)} data-testid="curl-redact" />
          Redact secrets
        </label>
        {copied !== undefined && <span className="field-type" role="status">{copied}</span>}
      </div>
      {snippet.status === 'error' && (
        <p className="field-help field-error" role="alert" data-testid="copy-as-error">
          {snippet.message}
        </p>
      )}
      {snippet.status === 'done' && snippet.note !== undefined && (
        <p className="field-help" data-testid="copy-as-note">
          {snippet.note}
        </p>
      )}
      <pre className="curl-command" data-testid="curl-command" data-language={language}>
        {text}
      </pre>
    </details>
  );
}
