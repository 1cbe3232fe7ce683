import { useState } from 'react';
import type { JsonSchema } from '../../../../shared/model/api-model';
import { defaultValue } from '../../../../shared/schema-form/default-value';
import type { JsonPath } from '../../../../shared/schema-form/json-path';
import { useBodyForm } from '../body-form-context';
import { SchemaField } from './SchemaField';

interface Props {
  readonly schema: JsonSchema;
  readonly path: JsonPath;
  readonly entries: readonly (readonly [string, unknown])[];
  readonly ancestors: readonly string[];
}

function KeyInput({ name, path }: { readonly name: string; readonly path: JsonPath }) {
  const form = useBodyForm();
  // The key is renamed on blur: renaming on every keystroke would collide with other keys mid-word.
  const [draft, setDraft] = useState(name);
  return (
    <input
      className="input input-mono input-compact body-map-key"
      value={draft}
      aria-label="Key"
      disabled={form.readOnly}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => (draft.trim() === '' ? setDraft(name) : form.rename([...path, name], draft.trim()))}
    />
  );
}

/** additionalProperties as key/value rows. */
export function MapRows({ schema, path, entries, ancestors }: Props) {
  const form = useBodyForm();
  const add = (): void => {
    let n = entries.length + 1;
    const taken = new Set(entries.map(([k]) => k));
    while (taken.has(`key${n}`)) n++;
    form.set([...path, `key${n}`], defaultValue(schema, form.defs, ancestors));
  };
  return (
    <div className="body-map">
      {entries.map(([key, item]) => (
        <div key={key} className="body-map-row">
          <KeyInput name={key} path={path} />
          <SchemaField
            schema={schema}
            path={[...path, key]}
            value={item}
            ancestors={ancestors}
            actions={
              <button type="button" className="icon-button" disabled={form.readOnly} onClick={() => form.remove([...path, key])} aria-label={`Remove ${key}`}>
                ×
              </button>
            }
          />
        </div>
      ))}
      <button type="button" className="button button-small button-ghost" disabled={form.readOnly} onClick={add} data-testid="body-add-entry">
        + Add entry
      </button>
    </div>
  );
}
