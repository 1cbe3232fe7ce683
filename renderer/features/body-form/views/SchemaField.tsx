import { useId, useState, type ReactNode } from 'react';
import type { JsonSchema } from '../../../../shared/model/api-model';
import { defaultForShape } from '../../../../shared/schema-form/default-value';
import { describeField, type FieldShape } from '../../../../shared/schema-form/field-shape';
import { fieldExample } from '../../../../shared/schema-form/field-example';
import type { JsonPath } from '../../../../shared/schema-form/json-path';
import { variableOf } from '../../../../shared/schema-form/json-placeholders';
import { pathLabel } from '../../../../shared/schema-form/validate-json';
import { useBodyForm } from '../body-form-context';
import { useServerMessages } from '../../request/server-errors-context';
import { ServerFieldMessages } from '../../request/views/ServerFieldMessages';
import { ArrayItems } from './ArrayItems';
import { ObjectFields } from './ObjectFields';
import { ScalarInput } from './ScalarInput';
import { UnionField } from './UnionField';
import { VariableInput } from './VariableInput';

interface Props {
  readonly schema: JsonSchema;
  readonly path: JsonPath;
  readonly value: unknown;
  /** The property name or item number shown as the field's label; none for the root. */
  readonly label?: string;
  readonly required?: boolean;
  /** Definitions already open above this field: one seen again starts folded (recursion on demand). */
  readonly ancestors: readonly string[];
  /** Extra controls in the label row (remove, move). */
  readonly actions?: ReactNode;
  /** An optional property: emptied, it is left out of the body rather than sent empty. */
  readonly optional?: boolean;
  /** Shown in the empty control of an unset optional property (its example). */
  readonly placeholder?: string;
}

function typeLabel(shape: FieldShape): string {
  const base = shape.kind === 'number' ? (shape.integer ? 'integer' : 'number') : shape.kind === 'union' ? 'one of' : shape.kind;
  const named = shape.ref !== undefined ? `${shape.ref} · ${base}` : base;
  const format = shape.kind === 'string' && shape.format !== undefined ? ` (${shape.format})` : '';
  return `${named}${format}${shape.nullable ? ' | null' : ''}`;
}

function isContainer(shape: FieldShape): boolean {
  return shape.kind === 'object' || shape.kind === 'array';
}

/** One value of the body: its label row, the control its schema calls for, its help and problems. */
export function SchemaField({ schema, path, value, label, required = false, ancestors, actions, optional = false, placeholder }: Props) {
  const form = useBodyForm();
  const id = useId();
  const shape = describeField(schema, form.defs);
  const recursive = shape.ref !== undefined && ancestors.includes(shape.ref);
  const [open, setOpen] = useState(!recursive);
  const inner = shape.ref !== undefined ? [...ancestors, shape.ref] : ancestors;
  // A union's own SchemaField shows the picked variant at the same place, with these problems.
  const problems = shape.kind === 'union' ? undefined : form.problemsAt.get(pathLabel(path));
  const server = useServerMessages({ body: pathLabel(path) });
  const serverShown = shape.kind === 'union' ? undefined : server;
  // An untyped field edits null as any other JSON value.
  const isNull = value === null && shape.kind !== 'null' && shape.kind !== 'any';
  // An unquoted {{variable}} stands for the whole value, even where an object or array goes.
  const variable = variableOf(value);
  const foldable = isContainer(shape) && path.length > 0 && !isNull && variable === undefined;
  // The root has the whole-body Fill example; a field offers the example or default its own schema states.
  const example = path.length > 0 ? fieldExample(schema, form.defs) : undefined;
  const fillable = example !== undefined && JSON.stringify(example.value) !== JSON.stringify(value);

  // Number and untyped fields show a {{variable}} in their own input, which a typed text must not swap out.
  const control = variable !== undefined && shape.kind !== 'number' && shape.kind !== 'any' ? (
    <VariableInput id={id} shape={shape} path={path} value={value} variable={variable} invalid={problems !== undefined} />
  ) : isNull ? (
    <span className="body-null">null</span>
  ) : shape.kind === 'object' ? (
    <ObjectFields shape={shape} path={path} value={value} ancestors={inner} />
  ) : shape.kind === 'array' ? (
    <ArrayItems shape={shape} path={path} value={value} ancestors={inner} />
  ) : shape.kind === 'union' ? (
    <UnionField id={id} {...(label === undefined ? {} : { label })} shape={shape} path={path} value={value} ancestors={inner} />
  ) : (
    <ScalarInput id={id} shape={shape} path={path} value={value} invalid={problems !== undefined} optional={optional} {...(placeholder === undefined ? {} : { placeholder })} />
  );

  return (
    <div className={`body-field body-field-${shape.kind}`} data-testid="body-field" data-path={pathLabel(path)} data-unset={value === undefined || undefined}>
      {(label !== undefined || shape.nullable || actions !== undefined || fillable) && (
        <div className="body-field-head">
          {foldable && (
            <button type="button" className="fold-button" aria-expanded={open} aria-label={`${open ? 'Fold' : 'Unfold'} ${label ?? 'body'}`} onClick={() => setOpen(!open)}>
              {open ? '▾' : '▸'}
            </button>
          )}
          {label !== undefined && (
            <label htmlFor={isContainer(shape) && variable === undefined ? undefined : id} className={shape.deprecated ? 'body-field-name op-row-deprecated' : 'body-field-name'}>
              {label}
              {required && (
                <span className="required" title="Required">
                  *
                </span>
              )}
            </label>
          )}
          <span className="field-type">{typeLabel(shape)}</span>
          {shape.deprecated && <span className="chip chip-warning">deprecated</span>}
          {shape.nullable && shape.kind !== 'null' && (
            <label className="body-null-toggle">
              <input type="checkbox" checked={isNull} disabled={form.readOnly} onChange={(event) => form.set(path, event.target.checked ? null : defaultForShape({ ...shape, nullable: false }, form.defs, ancestors))} />
              null
            </label>
          )}
          <span className="body-field-actions">
            {fillable && (
              <button
                type="button"
                className="button button-small button-ghost"
                disabled={form.readOnly}
                onClick={() => form.set(path, example.value)}
                title={`Put in the value the document states for ${label ?? 'this field'}: ${JSON.stringify(example.value)}`}
                data-testid="body-field-fill-example"
              >
                Fill example
              </button>
            )}
            {actions}
          </span>
        </div>
      )}
      {/* A container's help goes above its fields, where it is read before them. */}
      {isContainer(shape) && shape.description !== undefined && <p className="field-help description">{shape.description}</p>}
      {foldable && !open ? (
        <p className="field-help">{recursive ? `${shape.ref ?? ''} again (a recursive schema): unfold to fill it.` : 'Folded.'}</p>
      ) : (
        <div className={isContainer(shape) && path.length > 0 ? 'body-field-nested' : 'body-field-control'}>{control}</div>
      )}
      {!isContainer(shape) && shape.description !== undefined && <p className="field-help description">{shape.description}</p>}
      {problems !== undefined && (
        <ul className="field-problems">
          {problems.map((message, index) => (
            <li key={index} className="field-problem" data-testid="body-field-problem">
              {message}
            </li>
          ))}
        </ul>
      )}
      <ServerFieldMessages messages={serverShown} />
    </div>
  );
}
