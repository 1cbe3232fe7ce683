import { useEffect, useState } from 'react';

interface Props {
  /** "Opening …", and anything else worth hearing while it runs. */
  readonly message: string;
  /** Stops the load in progress. */
  readonly onCancel?: () => void;
}

/**
 * What is loading, with a way to stop it. The live region is mounted empty and filled after, so
 * screen readers announce the message even where the whole screen around it has just appeared;
 * the Cancel button sits beside the region, not inside what gets read out.
 */
export function LoadingStatus({ message, onCancel }: Props) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => setSpoken(message), [message]);
  return (
    <div className="loading">
      <span className="spinner" aria-hidden="true" />
      <p role="status" className="loading-message">
        {spoken}
      </p>
      {onCancel && (
        <button type="button" className="button button-ghost button-small" onClick={onCancel} data-testid="cancel-load">
          Cancel
        </button>
      )}
    </div>
  );
}
