import type { ImportedEnvironment } from '../../../../shared/collections/collection-tree';
import { environmentOverLimits, quoted } from '../../../../shared/environments/import-limits';

interface Props {
  readonly environments?: readonly ImportedEnvironment[] | undefined;
}

/**
 * The Postman environment files among what was picked: each joins the environment list, secrets kept
 * secret, unless it is past the list's limits (said here, before anything is imported).
 */
export function ImportEnvironmentsView({ environments }: Props) {
  if (environments === undefined || environments.length === 0) return null;
  return (
    <ul className="collections-import-summary" role="status" data-testid="collection-import-environments">
      {environments.map((environment, index) => {
        const over = environmentOverLimits(environment);
        if (over !== undefined) {
          return (
            <li key={index} className="field-problem">
              Postman environment <strong>{quoted(environment.name)}</strong> will not be added: {over.why}. {over.next}
            </li>
          );
        }
        const secrets = environment.variables.filter((v) => v.secret === true).length;
        const count = environment.variables.length;
        return (
          <li key={index}>
            Postman environment <strong>{quoted(environment.name)}</strong>: {count} variable{count === 1 ? '' : 's'}
            {secrets > 0 ? ` (${secrets} secret)` : ''}, added to the environment list.
          </li>
        );
      })}
    </ul>
  );
}
