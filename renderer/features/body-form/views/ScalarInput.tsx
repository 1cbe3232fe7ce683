import { useEffect, useState } from 'react';
import type { FieldShape } from '../../../../shared/schema-form/field-shape';
import type { JsonPath } from '../../../../shared/schema-form/json-path';
import { isPlainText, jsonFieldText, jsonFromText, numberFromText } from '../../../../shared/schema-form/field-text';
import { variableOf, variableValue } from '../../../../shared/schema-form/json-placeholders';
import { quoteText } from '../../../../shared/schema/number-text';
import { isSecretField } from '../../../../shared/schema-form/secret-field';
import { SecretInput } from '../../auth/views/SecretInput';
import { useBodyForm } from '../body-form-context';
import { VariableChip } from './VariableChip';

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

/** How a draft field turns its text into the body's value and a value back into text. */
export interface DraftReader {
  /** The value the text puts into the body; undefined leaves the property out. */
  readonly read: (text: string) => unknown;
  /** The text shown for a value set elsewhere (raw editor, examples). */
  readonly show?: (value: unknown) => string;
  /** A line under the field about how its text is sent ("Not JSON: sent as the text …"). */
  readonly note?: (text: string, value: unknown) => string | undefined;
  /** False for a text that is not put into the body yet (the note says what the body holds meanwhile). */
  readonly accepts?: (text: string) => boolean;
}

/**
 * Text whose every edit goes into the body, as the value it reads as, or as the text itself when it reads
 * as none, so what is sent is what is shown; the draft keeps "1." or "1e" as typed while it means the same value.
 */
export function DraftInput(props: { id: string; value: unknown; reader: DraftReader; multiline?: boolean; invalid: boolean; placeholder?: string; path: JsonPath; numeric?: Extract<FieldShape, { kind: 'number' }> }) {
  const form = useBodyForm();
  const { value, path } = props;
  const { read, show = asText, note, accepts } = props.reader;
  const [draft, setDraft] = useState(() => show(value));
  useEffect(() => {
    // Follow edits made elsewhere (raw editor, examples) unless the draft already means the same value.
    setDraft((current) => (JSON.stringify(read(current)) === JSON.stringify(value) ? current : show(value)));
  }, [value, read, show]);
  const onChange = (text: string): void => {
    setDraft(text);
    if (accepts?.(text) ?? true) form.set(path, read(text));
  };
  const noteText = note?.(draft, value);
  const common = {
    id: props.id,
    className: 'input input-mono',
    value: draft,
    disabled: form.readOnly,
    spellCheck: false,
    placeholder: props.placeholder,
    'aria-invalid': props.invalid || (accepts !== undefined && !accepts(draft)) || undefined,
    'data-testid': 'body-input',
  };
  const n = props.numeric;
  const control =
    props.multiline === true ? (
      <textarea rows={3} {...common} onChange={(event) => onChange(event.target.value)} />
    ) : (
      <input inputMode={n !== undefined ? 'decimal' : undefined} {...common} onChange={(event) => onChange(event.target.value)} title={n !== undefined ? boundsText(n) : undefined} />
    );
  if (noteText === undefined) return control;
  return (
    <>
      {control}
      <span className="field-help" data-testid="body-input-note">
        {noteText}
      </span>
    </>
  );
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

const WHOLE_VARIABLE = /^\s*\{\{\s*[^{}\s]+?\s*\}\}\s*$/;

/** True for a text that is one whole `{{name}}`. */
export const isWholeVariable = (text: string): boolean => WHOLE_VARIABLE.test(text);

/** A whole `{{name}}` typed where a number or any JSON goes stands for the variable's value, unquoted. */
export function orVariable(read: (text: string) => unknown): (text: string) => unknown {
  return (text) => (WHOLE_VARIABLE.test(text) ? variableValue(text) : read(text));
}

/** A number field: a text that is not a number goes in as that text, which the schema check marks. */
const NUMBER_READER: DraftReader = { read: orVariable(numberFromText) };
/** An untyped field: JSON, or else the text as a string, said under the field. */
const JSON_READER: DraftReader = {
  read: orVariable(jsonFromText),
  show: (value) => variableOf(value) ?? jsonFieldText(value),
  note: (text) => (isPlainText(text) && !WHOLE_VARIABLE.test(text) ? `Not JSON: sent as the text ${quoteText(text)}.` : undefined),
};

/** The control for a value without children: text, number, checkbox, select, or JSON for an untyped value. */
export function ScalarInput({ id, shape, path, value, invalid, optional = false, placeholder }: Props) {
  const form = useBodyForm();
  const variable = variableOf(value);
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
      // The same elements with or without a {{variable}}, so typing one in or out keeps the input (and its focus).
      return (
        <span className={variable === undefined ? 'body-number' : 'body-number body-variable'} data-testid={variable === undefined ? undefined : 'body-variable'}>
          <DraftInput id={id} value={value} reader={NUMBER_READER} invalid={invalid} path={path} numeric={shape} placeholder={placeholder ?? (shape.integer ? 'integer' : 'number')} />
          {bounds !== undefined && <span className="field-type">{bounds}</span>}
          {variable !== undefined && <VariableChip variable={variable} />}
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
      return (
        <div className={variable === undefined ? 'body-any' : 'body-variable'} data-testid={variable === undefined ? undefined : 'body-variable'}>
          <DraftInput id={id} value={value} reader={JSON_READER} invalid={invalid} path={path} multiline placeholder="any JSON value" />
          {variable !== undefined && <VariableChip variable={variable} />}
        </div>
      );
  }
}
