import { useId } from 'react';
import type { JsonSchema, ParameterModel } from '../../../../shared/model/api-model';
import { paramEnumValues } from '../../../../shared/request/param-enum';
import { paramKey } from '../../../../shared/request/build-request';
import { paramDefault, valueAsText } from '../request-form-model';
import { ParamFacts } from '../../params/views/ParamFacts';
import { describedBy, FieldProblems } from './FieldProblems';
import { ServerFieldMessages } from './ServerFieldMessages';
import { useServerMessages } from '../server-errors-context';

interface Props {
  readonly param: ParameterModel;
  readonly value: string;
  readonly problems?: readonly string[];
  readonly onChange: (key: string, value: string) => void;
  /** The model's schemaDefs, so an enum behind a `$ref` (FastAPI's) is a drop-down too. */
  readonly defs?: Readonly<Record<string, JsonSchema>>;
}

function isBoolean(param: ParameterModel): boolean {
  const type = param.schema['type'];
  return type === 'boolean' || (Array.isArray(type) && type.includes('boolean')) || param.schemaType === 'boolean';
}

function isArray(param: ParameterModel): boolean {
  const type = param.schema['type'];
  return type === 'array' || (Array.isArray(type) && type.includes('array'));
}

// A fresh key per intended operation is what makes a POST safe to retry; one click should give one.
function isIdempotencyKey(param: ParameterModel): boolean {
  return param.in === 'header' && param.name.toLowerCase() === 'idempotency-key';
}

function placeholderFor(param: ParameterModel): string {
  const schemaExamples = param.schema['examples'];
  const example =
    param.example ?? param.schema['example'] ?? (Array.isArray(schemaExamples) ? (schemaExamples[0] as unknown) : undefined) ?? paramDefault(param);
  const text = valueAsText(example);
  if (isArray(param)) {
    const items = param.schema['items'];
    const itemEnum = typeof items === 'object' && items !== null && 'enum' in items && Array.isArray(items.enum) ? items.enum.map(valueAsText) : undefined;
    if (itemEnum) return `comma-separated: ${itemEnum.join(', ')}`;
    return text !== '' ? `${text} (comma-separated)` : 'comma-separated values';
  }
  return text !== '' ? text : param.schemaType;
}

/** One parameter: its label, the right control for its schema, help and problems. */
export function ParamField({ param, value, problems, onChange, defs = {} }: Props) {
  const id = useId();
  const key = paramKey(param);
  const options = paramEnumValues(param.schema, defs) ?? (isBoolean(param) ? ['true', 'false'] : undefined);
  const helpId = param.description !== undefined ? `${id}-help` : undefined;
  const server = useServerMessages({ param: key });
  const serverId = server !== undefined ? `${id}-server` : undefined;
  const common = {
    id,
    value,
    'aria-invalid': problems || server ? true : undefined,
    'aria-describedby': [describedBy(helpId, `${id}-problems`, problems), serverId].filter((ref) => ref !== undefined).join(' ') || undefined,
    'aria-required': param.required || undefined,
    'data-testid': 'param-input',
    'data-param-key': key,
  };

  return (
    <div className="field">
      <label htmlFor={id} className="field-name">
        <span className={param.deprecated ? 'field-name-text op-row-deprecated' : 'field-name-text'}>{param.name}</span>
        {param.required && (
          <span className="required" title="Required">
            *
          </span>
        )}
        <span className="field-type">{param.schemaType}</span>
        {param.deprecated && <span className="chip chip-warning">deprecated</span>}
      </label>
      <div className="field-control">
        {options ? (
          <select className="input" {...common} onChange={(event) => onChange(key, event.target.value)}>
            {/* A required enum still starts empty when it has no default, so nothing is sent by accident. */}
            {(!param.required || !options.includes(value)) && <option value="">{param.required ? '— choose —' : ''}</option>}
            {options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        ) : (
          <div className="input-row">
            <input
              className="input input-mono"
              spellCheck={false}
              autoComplete="off"
              placeholder={placeholderFor(param)}
              {...common}
              onChange={(event) => onChange(key, event.target.value)}
            />
            {isIdempotencyKey(param) && (
              <button type="button" className="button button-small" onClick={() => onChange(key, crypto.randomUUID())} title="Fill in a fresh random key (UUID)">
                New key
              </button>
            )}
          </div>
        )}
        <ParamFacts param={param} value={value} defs={defs} showLiveProblems={problems === undefined} onPick={(text) => onChange(key, text)} />
        {param.description !== undefined && (
          <p id={helpId} className="field-help description">
            {param.description}
          </p>
        )}
        <FieldProblems id={`${id}-problems`} fieldKey={key} messages={problems} />
        <ServerFieldMessages id={serverId} messages={server} />
      </div>
    </div>
  );
}
