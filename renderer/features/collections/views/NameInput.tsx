import { useState } from 'react';

interface Props {
  readonly label: string;
  readonly initial?: string;
  readonly submitLabel: string;
  readonly onSubmit: (name: string) => void;
  readonly onCancel?: () => void;
  readonly testId?: string;
}

/** A one-line name field with a submit button; Enter submits, Escape cancels. */
export function NameInput({ label, initial = '', submitLabel, onSubmit, onCancel, testId }: Props) {
  const [name, setName] = useState(initial);
  const submit = () => {
    if (name.trim() !== '') onSubmit(name.trim());
  };
  return (
    <form
      className="collections-name-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <input
        className="input input-compact"
        aria-label={label}
        placeholder={label}
        value={name}
        autoFocus={initial !== ''}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !onCancel) return;
          // Cancelling is this Escape's whole job: the drawer around it stays open.
          event.preventDefault();
          onCancel();
        }}
        data-testid={testId}
      />
      <button type="submit" className="button button-small" disabled={name.trim() === ''}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button-small button-ghost" onClick={onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}
