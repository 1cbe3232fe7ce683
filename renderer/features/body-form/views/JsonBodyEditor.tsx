import { useId, useState } from 'react';
import type { JsonSchema, MediaTypeModel } from '../../../../shared/model/api-model';
import { defaultValue } from '../../../../shared/schema-form/default-value';
import { BodyFormContext } from '../body-form-context';
import { useJsonBody } from '../use-json-body';
import { ExamplePicker } from './ExamplePicker';
import { JsonTextarea } from './JsonTextarea';
import { SchemaField } from './SchemaField';

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
  const [mode, setMode] = useState<Mode>('form');
  const body = useJsonBody(text, onText, media.schema, defs);
  const lines = Math.min(28, Math.max(6, text.split('\n').length + 1));

  return (
    <div className="json-body" data-testid="json-body">
      <div className="json-body-bar">
        <div role="tablist" aria-label="Body editor" className="segmented">
          {(['form', 'raw'] as const).map((m) => (
            <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? 'segment segment-active' : 'segment'} onClick={() => setMode(m)} data-testid={`body-mode-${m}`}>
              {m === 'form' ? 'Form' : 'Raw JSON'}
            </button>
          ))}
        </div>
        <ExamplePicker media={media} onPick={onText} />
        {body.parseError === undefined && body.problems.length > 0 && (
          <span className="chip chip-warning" data-testid="body-problem-count">
            {body.problems.length === 1 ? '1 schema problem' : `${body.problems.length} schema problems`}
          </span>
        )}
      </div>
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
            id={`${id}-raw`}
            className="input body-editor"
            rows={lines}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            value={text}
            aria-invalid={body.parseError !== undefined || body.problems.length > 0 || undefined}
            onChange={(event) => onText(event.target.value)}
            data-testid="body-editor"
          />
          {body.problems.length > 0 && (
            <ul className="field-problems" data-testid="body-raw-problems">
              {body.problems.map((p, index) => (
                <li key={index} className="field-problem">
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
