import type { ImportOutcome } from '../../../../shared/environments/from-import';
import { quoted } from '../../../../shared/environments/limit-messages';

interface Props {
  /** What becomes of each Postman environment file picked, as the import will have it. */
  readonly outcomes: readonly ImportOutcome[];
}

/**
 * The Postman environment files among what was picked: each joins the environment list, secrets kept
 * secret, unless it is past the list's limits (said here, before anything is imported).
 */
export function ImportEnvironmentsView({ outcomes }: Props) {
  if (outcomes.length === 0) return null;
  return (
    <ul className="collections-import-summary" role="status" data-testid="collection-import-environments">
      {outcomes.map((outcome, index) => {
        const environment = outcome.imported;
        if ('refused' in outcome) {
          return (
            <li key={index} className="field-problem">
              Postman environment <strong>{quoted(environment.name)}</strong> will not be added: {outcome.refused.why}. {outcome.refused.next}
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
