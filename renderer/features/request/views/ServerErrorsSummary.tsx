import { useContext } from 'react';
import { ServerErrorsContext, useUnshownBodyErrors } from '../server-errors-context';

/** Under Send: how many field errors the last answer named, and those it tied to no field of this form. */
export function ServerErrorsSummary() {
  const { errors } = useContext(ServerErrorsContext);
  const unshown = useUnshownBodyErrors().reduce((sum, entry) => sum + entry.messages.length, 0);
  if (errors === undefined) return null;
  const placed = errors.count - errors.unplaced.length - unshown;
  return (
    <div className="server-errors-summary" role="status" data-testid="server-errors-summary">
      {placed > 0 && <p className="field-help">{placed === 1 ? 'The server rejected 1 field: its message is under it.' : `The server rejected ${placed} fields: each message is under its field.`}</p>}
      {unshown > 0 && <p className="field-help">{unshown === 1 ? '1 message names a place in the body no field shows: it is listed above the body.' : `${unshown} messages name places in the body no field shows: they are listed above the body.`}</p>}
      {errors.unplaced.length > 0 && (
        <ul className="field-problems">
          {errors.unplaced.map((message, index) => (
            <li key={index} className="field-problem" data-testid="server-unplaced-error">
              Server: {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
