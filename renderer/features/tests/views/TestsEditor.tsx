import { useId, useState } from 'react';
import type { LastResult } from '../../../../shared/runner/last-results';
import { ASSERTION_KINDS, moveItem, newAssertion, removeItem, replaceItem, type AssertionKind, type RequestTests } from '../../../../shared/runner/test-edits';
import { AssertionRow } from './AssertionRow';
import { CaptureRow } from './CaptureRow';

interface Props {
  readonly tests: RequestTests;
  readonly onChange: (tests: RequestTests) => void;
  /** Each item judged against the last answer, once there is one. */
  readonly results?: { readonly assertions: readonly LastResult[]; readonly captures: readonly LastResult[] };
}

/** The Tests tab: the request's assertions and captures, edited in place and saved with it. */
export function TestsEditor({ tests, onChange, results }: Props) {
  const id = useId();
  const [kind, setKind] = useState<AssertionKind>('status');
  const { assertions, captures } = tests;
  const passed = results?.assertions.filter((r) => r.state === 'passed').length ?? 0;
  const judged = results?.assertions.filter((r) => r.state !== 'not-run').length ?? 0;
  return (
    <div className="tests-editor" data-testid="tests-editor">
      <section aria-labelledby={`${id}-assertions`}>
        <h4 id={`${id}-assertions`}>
          Assertions
          {results !== undefined && judged > 0 && (
            <span className={`tests-tally ${passed === judged ? 'is-passed' : 'is-failed'}`} data-testid="tests-tally">
              {' '}
              {passed}/{judged} passed on the last answer
            </span>
          )}
        </h4>
        {assertions.length === 0 ? (
          <p className="field-help">
            No assertions: a run then checks only that the status is a success (implicit). Add one below, or click a value in the response and pick “Assert equals”.
          </p>
        ) : (
          <ol className="tests-list">
            {assertions.map((check, index) => (
              <AssertionRow
                key={index}
                check={check}
                index={index}
                count={assertions.length}
                {...(results?.assertions[index] ? { result: results.assertions[index] } : {})}
                onChange={(next) => onChange({ ...tests, assertions: replaceItem(assertions, index, next) })}
                onMove={(to) => onChange({ ...tests, assertions: moveItem(assertions, index, to) })}
                onRemove={() => onChange({ ...tests, assertions: removeItem(assertions, index) })}
                idPrefix={`${id}-a`}
              />
            ))}
          </ol>
        )}
        <div className="tests-add">
          <select className="input input-compact" aria-label="Kind of assertion to add" value={kind} onChange={(event) => setKind(event.target.value as AssertionKind)} data-testid="tests-add-kind">
            {ASSERTION_KINDS.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" onClick={() => onChange({ ...tests, assertions: [...assertions, newAssertion(kind)] })} data-testid="tests-add-assertion">
            Add assertion
          </button>
        </div>
      </section>
      <section aria-labelledby={`${id}-captures`}>
        <h4 id={`${id}-captures`}>Captures</h4>
        {captures.length === 0 ? (
          <p className="field-help">No captures: a capture sets a run variable from the answer, for {'{{name}}'} in the requests after this one.</p>
        ) : (
          <ol className="tests-list">
            {captures.map((check, index) => (
              <CaptureRow
                key={index}
                check={check}
                index={index}
                count={captures.length}
                {...(results?.captures[index] ? { result: results.captures[index] } : {})}
                onChange={(next) => onChange({ ...tests, captures: replaceItem(captures, index, next) })}
                onMove={(to) => onChange({ ...tests, captures: moveItem(captures, index, to) })}
                onRemove={() => onChange({ ...tests, captures: removeItem(captures, index) })}
                idPrefix={`${id}-c`}
              />
            ))}
          </ol>
        )}
        <div className="tests-add">
          <button type="button" className="button button-small" onClick={() => onChange({ ...tests, captures: [...captures, { name: `var${captures.length + 1}`, from: 'json', path: '$.id' }] })} data-testid="tests-add-capture">
            Add capture
          </button>
        </div>
      </section>
    </div>
  );
}
