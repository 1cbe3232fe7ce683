import { useEffect, useId, useState } from 'react';
import type { RequestTests } from '../../../../shared/runner/test-edits';
import type { LastResults } from '../use-last-results';
import { LazyTestsEditor } from './LazyTestsEditor';

interface Props {
  readonly tests: RequestTests;
  readonly onChange: (tests: RequestTests) => void;
  readonly results?: LastResults;
  /** Changes when something was added from the response: the section opens. */
  readonly reveal: number;
}

/** The operation form's Tests: a section that folds, open when the request has tests or one was just added. */
export function TestsSection({ tests, onChange, results, reveal }: Props) {
  const id = useId();
  const count = tests.assertions.length + tests.captures.length;
  const [open, setOpen] = useState(count > 0);
  useEffect(() => {
    if (reveal > 0) setOpen(true);
  }, [reveal]);
  const failed = results?.assertions.filter((r) => r.state === 'failed').length ?? 0;
  return (
    <section className="form-section tests-section" aria-labelledby={`${id}-toggle`} data-testid="tests-section">
      <h3 className="tests-section-title">
        <button type="button" id={`${id}-toggle`} className="button button-ghost tests-section-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)} data-testid="tests-toggle">
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Tests
          {count > 0 && <span className="tab-count"> {count}</span>}
          {failed > 0 && <span className="tests-tally is-failed"> {failed} failed</span>}
        </button>
      </h3>
      <div id={`${id}-body`} hidden={!open}>
        <LazyTestsEditor tests={tests} onChange={onChange} {...(results ? { results } : {})} />
      </div>
    </section>
  );
}
