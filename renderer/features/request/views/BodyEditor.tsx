import { useId } from 'react';
import type { JsonSchema, RequestBodyModel } from '../../../../shared/model/api-model';
import { StructuredBodyEditor, structuredEditorKind } from '../../body-form/views/StructuredBodyEditor';
import type { RequestFormApi } from '../use-request-form';
import { describedBy, FieldProblems } from './FieldProblems';
import { BODY_TEXT_PROPS } from '../../../components/body-text-props';
import { LoadCurrentButton } from './LoadCurrentButton';
import { readOperationFor } from '../../../../shared/request/load-current';
import { isJsonMediaType } from '../../../../shared/request/build-request';
import { UnshownBodyErrors } from './UnshownBodyErrors';

interface Props {
  readonly body: RequestBodyModel;
  readonly form: RequestFormApi;
  /** The model's schemaDefs: with them, a JSON body with a schema gets a generated form. */
  readonly defs?: Readonly<Record<string, JsonSchema>>;
}

/** The request body: which media type, and its text, prefilled from the schema's example. */
export function BodyEditor({ body, form, defs }: Props) {
  const id = useId();
  const mediaType = form.form.mediaType ?? '';
  const text = form.form.bodies[mediaType] ?? '';
  const problems = form.visibleProblems.get('body');
  const helpId = body.description !== undefined ? `${id}-help` : undefined;
  const lines = Math.min(24, Math.max(6, text.split('\n').length + 1));
  const media = body.content.find((m) => m.mediaType === mediaType);

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <div className="form-section-head">
        <h3 id={`${id}-title`} className="form-section-title">
          Body
          {body.required && (
            <span className="required" title="Required">
              *
            </span>
          )}
        </h3>
        <label htmlFor={`${id}-type`} className="visually-hidden">
          Media type
        </label>
        <select id={`${id}-type`} className="input input-mono input-compact" value={mediaType} onChange={(event) => form.setMediaType(event.target.value)} data-testid="body-media-type">
          {body.content.map((media) => (
            <option key={media.mediaType} value={media.mediaType}>
              {media.mediaType}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" onClick={form.resetBody} title="Start the body again as the form started it" data-testid="body-reset">
          Reset body
        </button>
        {defs !== undefined && <LoadCurrentButton form={form} defs={defs} />}
      </div>
      {form.op.method === 'PUT' && media !== undefined && isJsonMediaType(media.mediaType) && (
        <p className="field-help" data-testid="put-body-note">
          A PUT replaces what the resource holds: the body starts with only the values the document states, never made-up ones. Fill in the fields{readOperationFor(form.op, form.operations) !== undefined ? ', or Load current to start from what it holds now' : ''}.
        </p>
      )}
      {body.description !== undefined && (
        <p id={helpId} className="field-help description">
          {body.description}
        </p>
      )}
      <UnshownBodyErrors />
      {media !== undefined && defs !== undefined && structuredEditorKind(media) !== undefined ? (
        <StructuredBodyEditor media={media} defs={defs} text={text} onText={form.setBodyText} required={body.required} />
      ) : (
        <>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            Body ({mediaType})
          </label>
          <textarea
            id={`${id}-text`}
            {...BODY_TEXT_PROPS}
            rows={lines}
            value={text}
            placeholder={body.required ? 'The body is required.' : 'Optional: leave empty to send no body.'}
            aria-invalid={problems ? true : undefined}
            aria-describedby={describedBy(helpId, `${id}-problems`, problems)}
            onChange={(event) => form.setBodyText(event.target.value)}
            data-testid="body-editor"
          />
        </>
      )}
      <FieldProblems id={`${id}-problems`} fieldKey="body" messages={problems} />
    </section>
  );
}
