import { useId, useRef, useState } from 'react';

interface Props {
  /** The API origins the kept token goes to, as the token store has them. */
  readonly origins: readonly string[];
  /** Stops the token from going to one; true once removed. */
  readonly onRemove: (origin: string) => Promise<boolean>;
}

/** The API origins a kept login token is sent to, each with Remove: a send there is then held and asks again. */
export function KeptTokenOrigins({ origins, onRemove }: Props) {
  const captionId = useId();
  const list = useRef<HTMLDivElement>(null);
  const [removing, setRemoving] = useState<string>();
  const [removed, setRemoved] = useState<string>();
  const remove = (origin: string): void => {
    setRemoving(origin);
    void onRemove(origin).then((done) => {
      setRemoving(undefined);
      if (!done) return;
      setRemoved(origin);
      // The pressed button is gone: keep the keyboard in the list rather than dropping it to the page.
      list.current?.focus();
    });
  };
  return (
    <div className="oauth-token-origins" ref={list} tabIndex={-1} data-testid="oauth-token-origins">
      <span className="field-help" id={captionId}>
        {origins.length === 0 ? 'The token goes to no API yet: a send asks first.' : 'The token goes only to:'}
      </span>
      {origins.length > 0 && (
        <ul className="oauth-token-origin-list" aria-labelledby={captionId}>
          {origins.map((origin) => (
            <li key={origin} className="chip chip-muted oauth-token-origin" data-origin={origin} data-testid="oauth-token-origin">
              <span className="oauth-token-origin-name">{origin}</span>
              <button
                type="button"
                className="oauth-token-origin-remove"
                aria-label={`Stop sending the token to ${origin}`}
                title={`Stop sending the token to ${origin}`}
                disabled={removing !== undefined}
                onClick={() => remove(origin)}
                data-testid="oauth-token-origin-remove"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <span className="visually-hidden" role="status">
        {removed !== undefined && !origins.includes(removed) ? `${removed} removed: a send there is held until you allow it again.` : ''}
      </span>
    </div>
  );
}
