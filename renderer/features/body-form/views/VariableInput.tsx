import { useMemo } from 'react';
import type { FieldShape } from '../../../../shared/schema-form/field-shape';
import type { JsonPath } from '../../../../shared/schema-form/json-path';
import { variableValue } from '../../../../shared/schema-form/json-placeholders';
import { DraftInput, readJson, readNumber } from './ScalarInput';

interface Props {
  readonly id: string;
  readonly shape: FieldShape;
  readonly path: JsonPath;
  readonly value: unknown;
  /** The `{{name}}` the field holds. */
  readonly variable: string;
  readonly invalid: boolean;
}

const WHOLE_VARIABLE = /^\s*\{\{\s*[^{}\s]+?\s*\}\}\s*$/;

/** Reads typed text as a variable again, or as a value of the field's kind. */
function readerFor(kind: FieldShape['kind']): (text: string) => { ok: true; value: unknown } | { ok: false } {
  const plain = kind === 'number' ? readNumber : kind === 'string' ? (text: string) => ({ ok: true as const, value: text }) : readJson;
  return (text) => (WHOLE_VARIABLE.test(text) ? { ok: true, value: variableValue(text) } : plain(text));
}

/** A field that holds an unquoted `{{variable}}`: shown and edited as that text, its value known only when sent. */
export function VariableInput({ id, shape, path, value, variable, invalid }: Props) {
  const read = useMemo(() => readerFor(shape.kind), [shape.kind]);
  return (
    <span className="body-variable" data-testid="body-variable">
      <DraftInput id={id} value={value} read={read} invalid={invalid} path={path} />
      <span className="chip" title={`Sent as the value of ${variable}, unquoted, as the raw text has it`}>
        variable
      </span>
    </span>
  );
}
