import type { UnreadableSpecNotice } from '../../../../shared/runner/run-spec-failure';

/** The warning of a run that went on without its collection's spec: why, what that changed, what to do. */
export function SpecUnreadableNotice({ notice }: { readonly notice: UnreadableSpecNotice }) {
  return (
    <div className="alert alert-warning runner-spec-notice" role="alert" data-testid="runner-spec-unreadable">
      <strong className="alert-title">The collection’s spec could not be read</strong>
      <p className="alert-message" data-testid="runner-spec-why">
        {notice.why}
      </p>
      <p>{notice.consequence}</p>
      <p data-testid="runner-spec-action">
        <strong>What to do:</strong> {notice.action}
      </p>
    </div>
  );
}
