import { useId, useMemo, useRef, useState } from 'react';
import type { JsonSchema, MediaTypeModel } from '../../../../shared/model/api-model';
import { defaultValue } from '../../../../shared/schema-form/default-value';
import { fillExample } from '../../../../shared/schema-form/example-parts';
import { exampleForMediaType } from '../../../../shared/schema/example-from-schema';
import { problemLines } from '../../../../shared/schema-form/problem-lines';
import { BodyFormContext } from '../body-form-context';
import { useJsonBody } from '../use-json-body';
import { ExamplePicker } from './ExamplePicker';
import { JsonTextarea } from './JsonTextarea';
import { SchemaField } from './SchemaField';
import { BODY_TEXT_PROPS } from '../../../components/body-text-props';

interface Props {
  readonly media: MediaTypeModel & { readonly schema: JsonSchema };
  readonly defs: Readonly<Record<string, JsonSchema>>;
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly required: boolean;
}

type Mode = 'form' | 'raw';

/** A JSON body as a form generated from its schema, in step with the raw text both ways. */
export function JsonBodyEditor({ media, defs, text, onText, required }: Props) {
  const id = useId();
  // A $ref to nothing has no shape to make fields of (the form would show a bare "null"): Raw JSON only.
  const brokenRef = typeof media.schema.$ref === 'string' && defs[media.schema.$ref] === undefined ? media.schema.$ref : undefined;
  const [chosenMode, setMode] = useState<Mode>('form');
  const mode: Mode = brokenRef !== undefined ? 'raw' : chosenMode;
  const example = useMemo(() => exampleForMediaType(media, defs), [media, defs]);
  const body = useJsonBody(text, onText, media.schema, defs, example);
  const lines = Math.min(28, Math.max(6, text.split('\n').length + 1));
  const raw = useRef<HTMLTextAreaElement>(null);
  const located = useMemo(() => (mode === 'raw' ? problemLines(text, body.problems) : []), [mode, text, body.problems]);
  // Puts the caret at the start of a line and scrolls it into view.
  const goToLine = (line: number): void => {
    const area = raw.current;
    if (!area) return;
    const offset = text.split('\n').slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(offset, offset + (text.split('\n')[line - 1]?.length ?? 0));
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };

  return (
    <div className="json-body" data-testid="json-body">
      <div className="json-body-bar">
        <div role="tablist" aria-label="Body editor" className="segmented">
          {(['form', 'raw'] as const).map((m) => (
            <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? 'segment segment-active' : 'segment'} disabled={m === 'form' && brokenRef !== undefined} onClick={() => setMode(m)} data-testid={`body-mode-${m}`}>
              {m === 'form' ? 'Form' : 'Raw JSON'}
            </button>
          ))}
        </div>
        <ExamplePicker media={media} onPick={onText} />
        <button
          type="button"
          className="button button-small"
          disabled={body.form.readOnly || brokenRef !== undefined}
          onClick={() => body.form.set([], fillExample(body.value, example))}
          title="Fill every optional field that is not set with the example's value; what you set stays"
          data-testid="body-fill-example"
        >
          Fill example
        </button>
        {body.parseError === undefined && body.problems.length > 0 && (
          <span className="chip chip-warning" data-testid="body-problem-count">
            {body.problems.length === 1 ? '1 schema problem' : `${body.problems.length} schema problems`}
          </span>
        )}
      </div>
      {brokenRef !== undefined && (
        <p className="json-body-error" data-testid="body-broken-ref">
          The body&apos;s schema points at <code>{brokenRef}</code>, which the document does not have (see Problems), so there is no form for it: write the body in Raw JSON.
        </p>
      )}
      {body.parseError !== undefined && (
        <p className="json-body-error" role="alert" data-testid="body-parse-error">
          The raw text is not valid JSON ({body.parseError}). {mode === 'form' ? 'The form is read-only until you fix it in Raw JSON; nothing you typed is lost.' : 'Fix it to edit the body in the form again.'}
        </p>
      )}
      {mode === 'form' ? (
        <BodyFormContext.Provider value={body.form}>
          <fieldset className="json-body-form" disabled={body.form.readOnly} data-testid="body-form">
            <legend className="visually-hidden">Body fields</legend>
            {body.value === undefined ? (
              <div className="json-body-empty">
                <p className="field-help">{required ? 'The body is empty, and it is required.' : 'The body is empty: nothing will be sent.'}</p>
                <button type="button" className="button button-small" onClick={() => body.form.set([], defaultValue(media.schema, defs))}>
                  Start from the schema
                </button>
              </div>
            ) : (
              <SchemaField schema={media.schema} path={[]} value={body.value} ancestors={[]} />
            )}
          </fieldset>
        </BodyFormContext.Provider>
      ) : (
        <>
          <label htmlFor={`${id}-raw`} className="visually-hidden">
            Raw JSON body
          </label>
          <JsonTextarea
            ref={raw}
            id={`${id}-raw`}
            {...BODY_TEXT_PROPS}
            rows={lines}
            value={text}
            aria-invalid={body.parseError !== undefined || body.problems.length > 0 || undefined}
            onChange={(event) => onText(event.target.value)}
            data-testid="body-editor"
          />
          {body.problems.length > 0 && (
            <ul className="field-problems" data-testid="body-raw-problems">
              {located.map((p, index) => (
                <li key={index} className="field-problem">
                  {p.line !== undefined && (
                    <button type="button" className="link-button" onClick={() => goToLine(p.line ?? 1)} data-testid="body-problem-line">
                      line {p.line}
                    </button>
                  )}{' '}
                  <code>{p.at}</code> {p.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
