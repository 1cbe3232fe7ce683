import { readAssertion } from '../../../../shared/runner/read-checks';
import { ASSERTION_KINDS, retypeAssertion, type AssertionKind } from '../../../../shared/runner/test-edits';
import { AssertionFields } from './AssertionFields';
import { CheckResult } from './CheckResult';
import { RowControls } from './RowControls';
import type { TestsRowProps } from './row-props';


const KNOWN: ReadonlySet<string> = new Set(ASSERTION_KINDS.map(([type]) => type));

/** One assertion: its kind, its fields, an optional label, its result against the last answer. */
export function AssertionRow({ check, index, count, result, onChange, onMove, onRemove, idPrefix }: TestsRowProps) {
  const what = `assertion ${index + 1}`;
  const type = typeof check['type'] === 'string' ? check['type'] : '';
  const read = readAssertion(check);
  const resultId = `${idPrefix}-${index}-result`;
  return (
    <li className={`tests-row${result ? ` is-${result.state}` : ''}`} data-testid="tests-assertion" aria-describedby={result || !read.ok ? resultId : undefined}>
      <div className="tests-row-fields">
        {KNOWN.has(type) ? (
          <>
            <select className="input input-compact" aria-label={`Kind of ${what}`} value={type} onChange={(event) => onChange(retypeAssertion(check, event.target.value as AssertionKind))} data-testid="tests-kind">
              {ASSERTION_KINDS.map(([kind, name]) => (
                <option key={kind} value={kind}>
                  {name}
                </option>
              ))}
            </select>
            <AssertionFields check={check} onChange={onChange} what={what} />
          </>
        ) : (
          <code className="tests-raw">{JSON.stringify(check)}</code>
        )}
        <input
          className="input input-compact tests-label"
          aria-label={`Label of ${what}`}
          placeholder="Label (optional)"
          value={typeof check['label'] === 'string' ? check['label'] : ''}
          onChange={(event) => {
            const next: Record<string, unknown> = { ...check, label: event.target.value };
            if (event.target.value === '') delete next['label'];
            onChange(next);
          }}
        />
        <RowControls what={what} index={index} count={count} onMove={onMove} onRemove={onRemove} idPrefix={idPrefix} />
      </div>
      <CheckResult {...(read.ok ? {} : { problem: read.message })} {...(result ? { result } : {})} id={resultId} />
    </li>
  );
}
