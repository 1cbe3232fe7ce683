import type { ImportedEnvironment } from '../../../../shared/collections/collection-tree';

interface Props {
  readonly environments?: readonly ImportedEnvironment[] | undefined;
}

/** The Postman environment files among what was picked: each joins the environment list, secrets kept secret. */
export function ImportEnvironmentsView({ environments }: Props) {
  if (environments === undefined || environments.length === 0) return null;
  return (
    <ul className="collections-import-summary" role="status" data-testid="collection-import-environments">
      {environments.map((environment) => {
        const secrets = environment.variables.filter((v) => v.secret === true).length;
        const count = environment.variables.length;
        return (
          <li key={environment.name}>
            Postman environment <strong>“{environment.name}”</strong>: {count} variable{count === 1 ? '' : 's'}
            {secrets > 0 ? ` (${secrets} secret)` : ''}, added to the environment list.
          </li>
        );
      })}
    </ul>
  );
}
