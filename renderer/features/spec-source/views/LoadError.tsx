import type { AppError } from '../../../../shared/ipc/result';

interface Props {
  readonly error: AppError;
}

/** The reason the last document could not be opened, exactly as the main process wrote it. */
export function LoadError({ error }: Props) {
  return (
    <div className="alert alert-error" role="alert" data-testid="load-error">
      <strong className="alert-title">Could not open the document</strong>
      <p className="alert-message">{error.message}</p>
    </div>
  );
}
