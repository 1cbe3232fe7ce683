import { useMemo, useState } from 'react';
import { prettyMarkup } from '../../../../shared/response/pretty-markup';
import { TextLines } from './TextLines';

interface Props {
  readonly html: string;
}

/** HTML as pretty source, or previewed in a frame that runs no script and cannot reach the app. */
export function HtmlBody({ html }: Props) {
  const [mode, setMode] = useState<'source' | 'preview'>('source');
  const source = useMemo(() => prettyMarkup(html), [html]);
  return (
    <div>
      <div className="viewer-toolbar" role="group" aria-label="Show HTML as">
        <button type="button" className={mode === 'source' ? 'button button-small button-primary' : 'button button-small'} aria-pressed={mode === 'source'} onClick={() => setMode('source')}>
          Source
        </button>
        <button type="button" className={mode === 'preview' ? 'button button-small button-primary' : 'button button-small'} aria-pressed={mode === 'preview'} onClick={() => setMode('preview')} data-testid="html-preview-button">
          Preview
        </button>
      </div>
      {mode === 'source' ? (
        <TextLines text={source} className="code-markup" />
      ) : (
        // sandbox="" : no scripts, no forms, no same-origin access, so the page cannot touch the app or its api.
        <iframe className="html-preview" title="HTML preview (scripts disabled)" sandbox="" srcDoc={html} data-testid="html-preview" referrerPolicy="no-referrer" />
      )}
    </div>
  );
}
