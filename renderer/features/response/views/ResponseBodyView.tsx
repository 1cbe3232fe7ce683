import { useMemo } from 'react';
import type { ResponseSnapshot } from '../../../../shared/request/request-model';
import { prettyMarkup } from '../../../../shared/response/pretty-markup';
import { isJsonContentType } from '../format-response';
import { BinaryBody } from './BinaryBody';
import { HtmlBody } from './HtmlBody';
import { JsonViewer } from './JsonViewer';
import { TextLines } from './TextLines';

interface Props {
  readonly response: ResponseSnapshot;
}

type Shown = { readonly as: 'json'; readonly value: unknown } | { readonly as: 'html' | 'xml' | 'text' };

/** The body in the viewer that suits it: JSON tree, HTML source/preview, XML, text, image or hex. */
export function ResponseBodyView({ response }: Props) {
  const { body, contentType } = response;
  const shown = useMemo((): Shown => {
    if (body.kind !== 'text') return { as: 'text' };
    const type = (contentType ?? '').toLowerCase();
    // A truncated body cannot parse; it is shown raw rather than guessed at.
    if (!body.truncated && (isJsonContentType(contentType) || (type === '' && /^\s*[[{]/.test(body.text)))) {
      try {
        return { as: 'json', value: JSON.parse(body.text) as unknown };
      } catch {
        // Not JSON after all: shown as text.
      }
    }
    if (type.startsWith('text/html') || type.startsWith('application/xhtml')) return { as: 'html' };
    if (/[/+]xml\b/.test(type) || (type === '' && body.text.trimStart().startsWith('<?xml'))) return { as: 'xml' };
    return { as: 'text' };
  }, [body, contentType]);

  if (body.kind === 'empty') {
    return (
      <p className="muted body-empty" data-testid="response-body">
        No body
      </p>
    );
  }
  if (body.kind === 'binary') return <BinaryBody response={response} base64={body.base64Preview} truncated={body.truncated} />;
  return (
    <div>
      {body.truncated && !response.bodyFile && response.bodyNote === undefined && <p className="body-note">The body was too large to show whole; this is its beginning.</p>}
      {shown.as === 'json' && <JsonViewer value={shown.value} textLength={body.text.length} />}
      {shown.as === 'html' && <HtmlBody html={body.text} />}
      {shown.as === 'xml' && <TextLines text={prettyMarkup(body.text)} className="code-markup" />}
      {shown.as === 'text' && <TextLines text={body.text} />}
    </div>
  );
}
