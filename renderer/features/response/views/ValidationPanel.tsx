import type { ResponseValidation } from '../../../../shared/response/response-validation';

interface Props {
  readonly validation: ResponseValidation;
}

/** The answer checked against the spec: "Conforms to the spec", or each violation with its JSON pointer. */
export function ValidationPanel({ validation }: Props) {
  const { conforms, violations, notes, matchedStatus } = validation;
  return (
    <section className={conforms ? 'validation validation-ok' : 'validation validation-bad'} data-testid="response-validation" data-conforms={conforms} aria-label="Checked against the spec">
      <p className="validation-title">
        {conforms ? '✓ Conforms to the spec' : `✗ ${violations.length} violation${violations.length === 1 ? '' : 's'} of the spec`}
        {matchedStatus !== undefined && <span className="muted"> (response {matchedStatus})</span>}
      </p>
      {violations.length > 0 && (
        <ul className="violation-list">
          {violations.map((violation, index) => (
            <li key={`${violation.kind}-${violation.pointer ?? ''}-${index}`} data-testid="violation" data-pointer={violation.pointer ?? ''}>
              {violation.pointer !== undefined && <code className="violation-pointer">{violation.pointer === '' ? '(body)' : violation.pointer}</code>} {violation.message}
            </li>
          ))}
        </ul>
      )}
      {notes.map((note) => (
        <p key={note} className="muted validation-note">
          {note}
        </p>
      ))}
    </section>
  );
}
