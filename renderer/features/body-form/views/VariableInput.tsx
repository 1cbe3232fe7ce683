import type { FieldShape } from '../../../../shared/schema-form/field-shape';
import type { JsonPath } from '../../../../shared/schema-form/json-path';
import { isPlainText, jsonFromText } from '../../../../shared/schema-form/field-text';
import { variableOf } from '../../../../shared/schema-form/json-placeholders';
import { DraftInput, isWholeVariable, orVariable, type DraftReader } from './ScalarInput';
import { VariableChip } from './VariableChip';

interface Props {
  readonly id: string;
  readonly shape: FieldShape;
  readonly path: JsonPath;
  readonly value: unknown;
  /** The `{{name}}` the field holds. */
  readonly variable: string;
  readonly invalid: boolean;
}

const STRING_READER: DraftReader = { read: orVariable((text) => text) };

/**
 * Where an object, array, choice or boolean goes, text that is neither a `{{variable}}` nor JSON is held back
 * rather than sent as a string: that would swap this input for the kind's own control in the middle of an edit.
 */
const VALUE_READER: DraftReader = {
  read: orVariable(jsonFromText),
  accepts: (text) => isWholeVariable(text) || !isPlainText(text),
  note: (text, value) => (isWholeVariable(text) || !isPlainText(text) ? undefined : `Neither JSON nor a {{variable}}: not sent; the body still holds ${variableOf(value) ?? JSON.stringify(value)}.`),
};

/** Reads typed text as a variable again, or as a value of the field's kind. */
function readerFor(kind: FieldShape['kind']): DraftReader {
  return kind === 'string' ? STRING_READER : VALUE_READER;
}

/** A field that holds an unquoted `{{variable}}`: shown and edited as that text, its value known only when sent. */
export function VariableInput({ id, shape, path, value, variable, invalid }: Props) {
  const reader = readerFor(shape.kind);
  return (
    <span className="body-variable" data-testid="body-variable">
      <DraftInput id={id} value={value} reader={reader} invalid={invalid} path={path} />
      <VariableChip variable={variable} />
    </span>
  );
}
