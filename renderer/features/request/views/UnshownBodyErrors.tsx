import { useUnshownBodyErrors } from '../server-errors-context';

/** Above the body: what the server said about body places no field on screen shows, each with its path. */
export function UnshownBodyErrors() {
  const unshown = useUnshownBodyErrors();
  if (unshown.length === 0) return null;
  return (
    <div className="server-body-errors" role="status" data-testid="server-body-errors">
      <p className="field-help">The server rejected {unshown.length === 1 ? 'a place in the body that no field here shows' : `${unshown.length} places in the body that no field here shows`}:</p>
      <ul className="field-problems server-field-errors">
        {unshown.flatMap(({ place, messages }) =>
          messages.map((message, index) => (
            <li key={`${place}-${index}`} className="field-problem" data-testid="server-body-error" data-path={place}>
              Server: <code>{place}</code> {message}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
