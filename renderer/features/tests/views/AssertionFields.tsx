import { JSON_OPS } from '../../../../shared/runner/assertion-kinds';
import type { SavedCheck } from '../../../../shared/runner/test-edits';
import { codesText, integerText, jsonValueText, positiveText } from '../field-texts';
import { ParsedInput } from './ParsedInput';

interface Props {
  readonly check: SavedCheck;
  readonly onChange: (check: SavedCheck) => void;
  /** "assertion 2", for the fields' names. */
  readonly what: string;
}

const HEADER_OPS = ['exists', 'absent', 'equals', 'matches'] as const;
const BODY_OPS = ['contains', 'equals', 'matches'] as const;
const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'] as const;
// These ops compare with nothing: no value field.
const NO_VALUE: ReadonlySet<string> = new Set(['exists', 'absent']);

/** The fields of one assertion, by its kind; what the file holds beyond them is kept as it is. */
export function AssertionFields({ check, onChange, what }: Props) {
  const set = (field: string, value: unknown) => onChange({ ...check, [field]: value });
  const text = (field: string): string => (typeof check[field] === 'string' ? (check[field] as string) : '');
  switch (check['type']) {
    case 'status':
      return <ParsedInput className="input input-compact tests-number" aria-label={`Status of ${what}`} value={check['equals']} {...integerText} onValue={(n) => set('equals', n)} data-testid="tests-status" />;
    case 'status-in':
      return <ParsedInput className="input input-compact" aria-label={`Statuses of ${what} (comma-separated)`} value={check['codes']} {...codesText} onValue={(codes) => set('codes', codes)} />;
    case 'status-range':
      return (
        <>
          <ParsedInput className="input input-compact tests-number" aria-label={`Lowest status of ${what}`} value={check['min']} {...integerText} onValue={(n) => set('min', n)} />
          <span aria-hidden="true">to</span>
          <ParsedInput className="input input-compact tests-number" aria-label={`Highest status of ${what}`} value={check['max']} {...integerText} onValue={(n) => set('max', n)} />
        </>
      );
    case 'header':
      return (
        <>
          <input className="input input-compact" aria-label={`Header name of ${what}`} placeholder="Header name" value={text('name')} onChange={(event) => set('name', event.target.value)} />
          <OpSelect ops={HEADER_OPS} value={text('op')} label={`Comparison of ${what}`} onChange={(op) => onChange(withOp(check, op))} />
          {!NO_VALUE.has(text('op')) && <input className="input input-compact" aria-label={`Expected header value of ${what}`} placeholder={text('op') === 'matches' ? 'Regular expression' : 'Value'} value={text('value')} onChange={(event) => set('value', event.target.value)} />}
        </>
      );
    case 'json':
      return (
        <>
          <input className="input input-compact tests-path" aria-label={`JSON path of ${what}`} placeholder="$.items[0].id" value={text('path')} onChange={(event) => set('path', event.target.value)} data-testid="tests-json-path" />
          <OpSelect ops={JSON_OPS} value={text('op')} label={`Comparison of ${what}`} onChange={(op) => onChange(withOp(check, op))} />
          {text('op') === 'type' ? (
            <select className="input input-compact" aria-label={`Expected type of ${what}`} value={text('value')} onChange={(event) => set('value', event.target.value)}>
              {JSON_TYPES.map((type) => (
                <option key={type}>{type}</option>
              ))}
            </select>
          ) : (
            !NO_VALUE.has(text('op')) && <ParsedInput className="input input-compact" aria-label={`Expected value of ${what} (JSON, or plain text)`} title="JSON (&quot;text&quot;, 3, true, [1, 2]) or plain text" value={check['value']} {...jsonValueText} onValue={(value) => set('value', value)} data-testid="tests-json-value" />
          )}
        </>
      );
    case 'body':
      return (
        <>
          <OpSelect ops={BODY_OPS} value={text('op')} label={`Comparison of ${what}`} onChange={(op) => set('op', op)} />
          <input className="input input-compact" aria-label={`Expected body text of ${what}`} placeholder={text('op') === 'matches' ? 'Regular expression' : 'Text'} value={text('value')} onChange={(event) => set('value', event.target.value)} />
        </>
      );
    case 'response-time':
      return (
        <>
          <span aria-hidden="true">below</span>
          <ParsedInput className="input input-compact tests-number" aria-label={`Milliseconds of ${what}`} value={check['belowMs']} {...positiveText} onValue={(n) => set('belowMs', n)} />
          <span aria-hidden="true">ms</span>
        </>
      );
    case 'conforms':
      return <span className="muted">the answer matches what the spec declares for the request's operation</span>;
    case 'idempotent':
      return <span className="muted">runs send the request twice more and compare the state (PUT, DELETE, keyed POST/PATCH)</span>;
    default:
      return null;
  }
}

function OpSelect({ ops, value, label, onChange }: { readonly ops: readonly string[]; readonly value: string; readonly label: string; readonly onChange: (op: string) => void }) {
  return (
    <select className="input input-compact" aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {ops.map((op) => (
        <option key={op} value={op}>
          {op.replace('-', ' ')}
        </option>
      ))}
    </select>
  );
}

// A new op keeps the value when it still makes sense; "type" starts from "string", the no-value ops drop it.
function withOp(check: SavedCheck, op: string): SavedCheck {
  const next: Record<string, unknown> = { ...check, op };
  if (NO_VALUE.has(op)) delete next['value'];
  else if (op === 'type') next['value'] = JSON_TYPES.includes(check['value'] as (typeof JSON_TYPES)[number]) ? check['value'] : 'string';
  else if (next['value'] === undefined) next['value'] = '';
  return next;
}
