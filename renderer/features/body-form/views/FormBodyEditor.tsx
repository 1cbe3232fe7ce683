import { useId } from 'react';
import type { JsonSchema } from '../../../../shared/model/api-model';
import { describeField, type FieldShape } from '../../../../shared/schema-form/field-shape';
import { formFields, isFileRef, isFileToPick, type FileRef } from '../../../../shared/request/form-body';
import { isSecretField } from '../../../../shared/schema-form/secret-field';
import { SecretInput } from '../../auth/views/SecretInput';
import { FilePicker } from './FilePicker';

interface Props {
  readonly schema: JsonSchema;
  readonly defs: Readonly<Record<string, JsonSchema>>;
  /** The fields as a JSON object (what the form keeps); the request builder encodes them. */
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly multipart: boolean;
}

function isBinary(shape: FieldShape): boolean {
  return shape.kind === 'string' && (shape.format === 'binary' || shape.format === 'byte' || shape.schema.contentMediaType !== undefined);
}

function FieldControl({ id, name, shape, value, onChange, multipart }: { id: string; name: string; shape: FieldShape; value: unknown; onChange: (v: unknown) => void; multipart: boolean }) {
  const itemShape = shape.kind === 'array' ? describeField(shape.items, {}) : undefined;
  if (multipart && isBinary(shape)) return <FilePicker label={`${name}: file`} value={isFileRef(value) ? value : undefined} {...(isFileToPick(value) ? { wanted: value.$pick } : {})} onPick={onChange} />;
  if (shape.kind === 'enum') {
    return (
      <select id={id} className="input input-mono" value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)} data-testid="form-body-input">
        <option value="">—</option>
        {shape.values.map((v) => (
          <option key={String(v)} value={String(v)}>
            {String(v)}
          </option>
        ))}
      </select>
    );
  }
  if (shape.kind === 'boolean') return <input id={id} type="checkbox" className="body-checkbox" checked={value === true || value === 'true'} onChange={(event) => onChange(event.target.checked)} data-testid="form-body-input" />;
  if (shape.kind === 'array' && itemShape !== undefined && multipart && isBinary(itemShape)) {
    const files = Array.isArray(value) ? value.filter(isFileRef) : [];
    return (
      <div className="body-array">
        {files.map((file, index) => (
          <FilePicker key={file.$file} label={`${name}: file ${index + 1}`} value={file} onPick={(ref) => onChange(ref === undefined ? files.filter((_f, i) => i !== index) : files.map((f, i) => (i === index ? ref : f)))} />
        ))}
        <FilePicker label={`${name}: add a file`} onPick={(ref) => ref !== undefined && onChange([...files, ref])} />
      </div>
    );
  }
  const text = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' || typeof value === 'number' ? String(value) : value === undefined ? '' : JSON.stringify(value);
  if (shape.kind === 'string' && isSecretField(name, shape.schema)) {
    return <SecretInput id={id} label={name} value={text} onChange={(typed) => onChange(typed === '' ? undefined : typed)} testId="form-body-input" {...(shape.format === undefined ? {} : { placeholder: shape.format })} />;
  }
  return (
    <input
      id={id}
      className="input input-mono"
      value={text}
      spellCheck={false}
      placeholder={shape.kind === 'array' ? 'comma-separated values' : shape.kind === 'string' ? shape.format : undefined}
      onChange={(event) => {
        const typed = event.target.value;
        if (typed === '') onChange(undefined);
        else if (shape.kind === 'array') onChange(typed.split(',').map((s) => s.trim()).filter((s) => s !== ''));
        else onChange(typed);
      }}
      data-testid="form-body-input"
    />
  );
}

/** An urlencoded or multipart body as one row per field of its schema; file fields are staged, not read here. */
export function FormBodyEditor({ schema, defs, text, onText, multipart }: Props) {
  const id = useId();
  const shape = describeField(schema, defs);
  const fields = formFields(text);
  const set = (name: string, value: unknown): void => {
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    const next = Object.fromEntries([...Object.entries(fields).filter(([k]) => k !== name), ...(empty ? [] : [[name, value] as const])]);
    onText(JSON.stringify(next, null, 2));
  };
  if (shape.kind !== 'object') return <p className="field-help">The schema of this form body is not an object, so there are no fields to show.</p>;
  return (
    <div className="form-body" data-testid="form-body">
      {shape.properties.map((p) => {
        const fieldShape = describeField(p.schema, defs);
        const fieldId = `${id}-${p.name}`;
        return (
          <div key={p.name} className="field" data-testid="form-body-field" data-name={p.name}>
            <label htmlFor={fieldId} className="field-name">
              <span className="field-name-text">{p.name}</span>
              {p.required && (
                <span className="required" title="Required">
                  *
                </span>
              )}
              <span className="field-type">{isBinary(fieldShape) ? 'file' : fieldShape.kind === 'array' && isBinary(describeField(fieldShape.items, defs)) ? 'files' : fieldShape.kind}</span>
            </label>
            <div className="field-control">
              <FieldControl id={fieldId} name={p.name} shape={fieldShape} value={fields[p.name]} onChange={(v) => set(p.name, v as FileRef | unknown)} multipart={multipart} />
              {fieldShape.description !== undefined && <p className="field-help description">{fieldShape.description}</p>}
            </div>
          </div>
        );
      })}
    </div>
  );
}
