import { readCapture } from '../../../../shared/runner/read-checks';
import { CheckResult } from './CheckResult';
import { RowControls } from './RowControls';
import type { TestsRowProps } from './row-props';


const SOURCES = [
  ['json', 'JSON path'],
  ['header', 'Header'],
  ['status', 'Status'],
] as const;

/** One capture: the variable it sets, where it reads from, and what the last answer would set it to. */
export function CaptureRow({ check, index, count, result, onChange, onMove, onRemove, idPrefix }: TestsRowProps) {
  const what = `capture ${index + 1}`;
  const from = typeof check['from'] === 'string' ? check['from'] : 'json';
  const read = readCapture(check);
  const resultId = `${idPrefix}-${index}-result`;
  return (
    <li className={`tests-row${result ? ` is-${result.state}` : ''}`} data-testid="tests-capture" aria-describedby={result || !read.ok ? resultId : undefined}>
      <div className="tests-row-fields">
        <input className="input input-compact tests-name" aria-label={`Variable of ${what}`} placeholder="variable" value={typeof check['name'] === 'string' ? check['name'] : ''} onChange={(event) => onChange({ ...check, name: event.target.value })} data-testid="tests-capture-name" />
        <span aria-hidden="true">from</span>
        <select
          className="input input-compact"
          aria-label={`Source of ${what}`}
          value={from}
          onChange={(event) => {
            const next: Record<string, unknown> = { ...check, from: event.target.value };
            if (event.target.value === 'status') delete next['path'];
            onChange(next);
          }}
        >
          {SOURCES.map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
        {from !== 'status' && (
          <input className="input input-compact tests-path" aria-label={from === 'header' ? `Header of ${what}` : `JSON path of ${what}`} placeholder={from === 'header' ? 'Location' : '$.id'} value={typeof check['path'] === 'string' ? check['path'] : ''} onChange={(event) => onChange({ ...check, path: event.target.value })} />
        )}
        <RowControls what={what} index={index} count={count} onMove={onMove} onRemove={onRemove} idPrefix={idPrefix} />
      </div>
      <CheckResult {...(read.ok ? { sets: read.capture.name } : { problem: read.message })} {...(result ? { result } : {})} id={resultId} />
    </li>
  );
}
