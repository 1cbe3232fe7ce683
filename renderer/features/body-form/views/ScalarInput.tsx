import { useEffect, useState } from 'react';
import type { FieldShape } from '../../../../shared/schema-form/field-shape';
import type { JsonPath } from '../../../../shared/schema-form/json-path';
import { variableOf } from '../../../../shared/schema-form/json-placeholders';
import { isSecretField } from '../../../../shared/schema-form/secret-field';
import { SecretInput } from '../../auth/views/SecretInput';
import { useBodyForm } from '../body-form-context';

type ScalarShape = Extract<FieldShape, { kind: 'string' | 'number' | 'boolean' | 'enum' | 'null' | 'any' }>;

interface Props {
  readonly id: string;
  readonly shape: ScalarShape;
  readonly path: JsonPath;
  readonly value: unknown;
  readonly invalid: boolean;
  /** Emptied, the property is left out (undefined) instead of set to "". */
  readonly optional?: boolean;
  readonly placeholder?: string;
}

function asText(value: unknown): string {
  if (value === undefined) return '';
  const variable = variableOf(value);
  if (variable !== undefined) return variable;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Text that is committed only once it reads as a value, so "1." or "{" while typing is not thrown away. */
export function DraftInput(props: { id: string; value: unknown; read: (text: string) => { ok: true; value: unknown } | { ok: false }; multiline?: boolean; invalid: boolean; placeholder?: string; path: JsonPath; numeric?: Extract<FieldShape, { kind: 'number' }> }) {
  const form = useBodyForm();
  const { value, read, path } = props;
  const [draft, setDraft] = useState(asText(value));
  useEffect(() => {
    // Follow edits made elsewhere (raw editor, examples) unless the draft already means the same value.
    setDraft((current) => {
      const readBack = read(current);
      return readBack.ok && JSON.stringify(readBack.value) === JSON.stringify(value) ? current : asText(value);
    });
  }, [value, read]);
  const onChange = (text: string): void => {
    setDraft(text);
    const result = read(text);
    if (result.ok) form.set(path, result.value);
    else if (text.trim() === '') form.set(path, undefined);
  };
  const common = {
    id: props.id,
    className: 'input input-mono',
    value: draft,
    disabled: form.readOnly,
    spellCheck: false,
    placeholder: props.placeholder,
    'aria-invalid': props.invalid || (draft.trim() !== '' && !read(draft).ok) || undefined,
    'data-testid': 'body-input',
  };
  if (props.multiline === true) return <textarea rows={3} {...common} onChange={(event) => onChange(event.target.value)} />;
  const n = props.numeric;
  return <input inputMode={n !== undefined ? 'decimal' : undefined} {...common} onChange={(event) => onChange(event.target.value)} title={n !== undefined ? boundsText(n) : undefined} />;
}

function boundsText(n: Extract<FieldShape, { kind: 'number' }>): string | undefined {
  const parts = [
    n.minimum !== undefined ? `≥ ${n.minimum}` : undefined,
    n.exclusiveMinimum !== undefined ? `> ${n.exclusiveMinimum}` : undefined,
    n.maximum !== undefined ? `≤ ${n.maximum}` : undefined,
    n.exclusiveMaximum !== undefined ? `< ${n.exclusiveMaximum}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export const readNumber = (text: string): { ok: true; value: unknown } | { ok: false } => {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(text) ? { ok: true, value: n } : { ok: false };
};
export const readJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};

/** The control for a value without children: text, number, checkbox, select, or JSON for an untyped value. */
export function ScalarInput({ id, shape, path, value, invalid, optional = false, placeholder }: Props) {
  const form = useBodyForm();
  switch (shape.kind) {
    case 'string': {
      const hint = placeholder ?? shape.format ?? (shape.schema.example !== undefined ? asText(shape.schema.example) : undefined);
      if (isSecretField(path[path.length - 1], shape.schema)) {
        const name = String(path[path.length - 1] ?? 'value');
        const set = (text: string): void => form.set(path, optional && text === '' ? undefined : text);
        return <SecretInput id={id} label={name} value={typeof value === 'string' ? value : asText(value)} onChange={set} disabled={form.readOnly} invalid={invalid} testId="body-input" {...(hint === undefined ? {} : { placeholder: hint })} />;
      }
      return (
        <input
          id={id}
          className="input input-mono"
          value={typeof value === 'string' ? value : asText(value)}
          disabled={form.readOnly}
          spellCheck={false}
          placeholder={hint}
          aria-invalid={invalid || undefined}
          onChange={(event) => form.set(path, optional && event.target.value === '' ? undefined : event.target.value)}
          data-testid="body-input"
        />
      );
    }
    case 'number': {
      const bounds = boundsText(shape);
      return (
        <span className="body-number">
          <DraftInput id={id} value={value} read={readNumber} invalid={invalid} path={path} numeric={shape} placeholder={placeholder ?? (shape.integer ? 'integer' : 'number')} />
          {bounds !== undefined && <span className="field-type">{bounds}</span>}
        </span>
      );
    }
    case 'boolean':
      return <input id={id} type="checkbox" className="body-checkbox" checked={value === true} disabled={form.readOnly} onChange={(event) => form.set(path, event.target.checked)} data-testid="body-input" />;
    case 'enum': {
      const index = shape.values.findIndex((v) => JSON.stringify(v) === JSON.stringify(value));
      return (
        <select id={id} className="input input-mono" value={index >= 0 ? String(index) : ''} disabled={form.readOnly} aria-invalid={invalid || undefined} onChange={(event) => form.set(path, event.target.value === '' ? undefined : shape.values[Number(event.target.value)])} data-testid="body-input">
          {(index < 0 || optional) && <option value="">{optional ? '— not set —' : '— choose —'}</option>}
          {shape.values.map((v, i) => (
            <option key={i} value={String(i)}>
              {typeof v === 'string' ? v : JSON.stringify(v)}
            </option>
          ))}
        </select>
      );
    }
    case 'null':
      return <span className="body-null">null</span>;
    case 'any':
      return <DraftInput id={id} value={value} read={readJson} invalid={invalid} path={path} multiline placeholder="any JSON value" />;
  }
}
