import { useMemo, useState } from 'react';
import type { JsonSchema } from '../../../../shared/model/api-model';
import { operationUrl, queryFromUrl, urlBeforeQuery } from '../../../../shared/request/operation-url';
import { MethodBadge } from '../../../components/MethodBadge';
import { UrlPreview } from '../../document/views/UrlPreview';
import type { RequestFormApi } from '../use-request-form';

const NO_EXTRAS: readonly [] = [];

interface Props {
  readonly form: RequestFormApi;
  readonly defs?: Readonly<Record<string, JsonSchema>>;
  /** Each {{variable}}'s value as the request would be sent now. */
  readonly values: Readonly<Record<string, string>>;
  /** Values shown as dots, in the bar and in what is copied. */
  readonly secrets: readonly string[];
}

/**
 * The whole URL of the operation's form above its fields: {{variables}} as typed (their values on
 * hover, a missing one flagged), the URL as it will be sent, and Copy. The query typed here is the
 * query parameters' (and the other way round); the path is the operation's, so a change there is
 * explained rather than taken.
 */
export function OperationUrlBar({ form, defs, values, secrets }: Props) {
  const { op } = form;
  const extras = form.form.extras ?? NO_EXTRAS;
  const url = useMemo(() => operationUrl(op, form.baseUrl, form.form.params, extras, defs), [op, form.baseUrl, form.form.params, extras, defs]);
  // While the person types, the bar shows their text (not its normalized form) and the fields follow.
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const shown = typed ?? url;
  const pathChanged = typed !== undefined && urlBeforeQuery(typed) !== urlBeforeQuery(url);
  const sent = form.build.request?.url;
  const masked = sent === undefined ? undefined : maskSecrets(sent, secrets);

  const edit = (text: string): void => {
    setTyped(text);
    setCopied(false);
    if (urlBeforeQuery(text) !== urlBeforeQuery(url)) return;
    const read = queryFromUrl(op, text, form.form.params, extras);
    for (const [key, value] of Object.entries(read.params)) if ((form.form.params[key] ?? '') !== value) form.setParam(key, value);
    if (JSON.stringify(read.extras) !== JSON.stringify(extras)) form.setExtras(read.extras);
  };
  const copy = (): void => {
    if (masked === undefined) return;
    void navigator.clipboard.writeText(masked).then(() => setCopied(true));
  };

  return (
    <div className="op-url" data-testid="op-url-bar">
      <div className="op-url-line">
        <MethodBadge method={op.method} />
        <input
          className="input input-mono op-url-input"
          aria-label="URL"
          spellCheck={false}
          value={shown}
          onChange={(event) => edit(event.target.value)}
          onBlur={() => setTyped(undefined)}
          title={shown}
          data-testid="op-url-input"
        />
        <button
          type="button"
          className="button button-small"
          onClick={copy}
          disabled={masked === undefined}
          title={masked === undefined ? 'Nothing to copy until the URL can be built (see under Send)' : secrets.length > 0 ? 'Copy the URL as it is sent (secret values as dots)' : 'Copy the URL as it is sent'}
          data-testid="op-url-copy"
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <UrlPreview url={shown} values={values} secrets={secrets} />
      {masked !== undefined && masked !== shown && (
        <p className="op-url-sent muted" data-testid="op-url-sent">
          Sends <code>{masked}</code>
        </p>
      )}
      {pathChanged && (
        <p className="op-url-note" role="status" data-testid="op-url-note">
          The path is the operation&apos;s ({op.path}): set its parameters in the fields below, and the server or base URL under Server. To call another path, open a new request (+) and type its URL there.
        </p>
      )}
    </div>
  );
}

// A secret (an API key in the query) shows as dots, typed as is or percent-encoded.
function maskSecrets(url: string, secrets: readonly string[]): string {
  return secrets.filter((secret) => secret !== '').reduce((text, secret) => text.replaceAll(secret, '••••••').replaceAll(encodeURIComponent(secret), '••••••'), url);
}
