import { useMemo, useState } from 'react';
import type { ResponseValidation, Violation } from '../../../../shared/response/response-validation';
import { groupViolations } from '../../../../shared/response/violation-groups';

interface Props {
  readonly validation: ResponseValidation;
}

// Groups shown at first, and at most: enough for any hand-made answer, bounded for a list that breaks
// everywhere in different ways (each group is a line the panel lays out).
const FIRST_GROUPS = 50;
const MOST_GROUPS = 1_000;

/** The answer checked against the spec: "Conforms to the spec", or each violation with its JSON pointer, repeated ones said once with their count. */
export function ValidationPanel({ validation }: Props) {
  const { conforms, violations, notes, matchedStatus, bodyUnchecked } = validation;
  // Nothing wrong in what was checked is not "conforms" when the body itself was not checked.
  const partly = conforms && bodyUnchecked === true;
  const groups = useMemo(() => groupViolations(violations), [violations]);
  // "Show more" is about this answer's violations; the next answer starts short again.
  const [allOf, setAllOf] = useState<readonly Violation[]>();
  const all = allOf === violations;
  const shown = groups.slice(0, all ? MOST_GROUPS : FIRST_GROUPS);
  const more = Math.min(groups.length, MOST_GROUPS) - shown.length;
  return (
    <section className={partly ? 'validation validation-partial' : conforms ? 'validation validation-ok' : 'validation validation-bad'} data-testid="response-validation" data-conforms={conforms} data-partly={partly || undefined} aria-label="Checked against the spec">
      <p className="validation-title">
        {partly ? '◐ Checked in part: the body was not checked' : conforms ? '✓ Conforms to the spec' : `✗ ${violations.length.toLocaleString('en')} violation${violations.length === 1 ? '' : 's'} of the spec`}
        {matchedStatus !== undefined && <span className="muted"> (response {matchedStatus})</span>}
      </p>
      {shown.length > 0 && (
        <ul className="violation-list">
          {shown.map((group, index) => (
            <li key={`${group.kind}-${group.pattern ?? ''}-${index}`} data-testid="violation" data-pointer={group.pattern ?? ''} data-count={group.count}>
              {group.pattern !== undefined && <code className="violation-pointer">{group.pattern === '' ? '(body)' : group.pattern}</code>} {group.message}
              {group.count > 1 && (
                <span className="muted">
                  {' '}
                  ({group.count.toLocaleString('en')} times: at {group.examples.join(', ')}
                  {group.count > group.examples.length ? ', …' : ''})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <button type="button" className="link-button" onClick={() => setAllOf(violations)} data-testid="violations-show-all">
          Show {more.toLocaleString('en')} more kinds of violation
        </button>
      )}
      {all && groups.length > MOST_GROUPS && (
        <p className="muted validation-note">{(groups.length - MOST_GROUPS).toLocaleString('en')} more kinds of violation are not listed.</p>
      )}
      {notes.map((note) => (
        <p key={note} className="muted validation-note">
          {note}
        </p>
      ))}
    </section>
  );
}
