import type { JsonSchema } from '../../../../shared/model/api-model';
import { useLoadCurrent } from '../use-load-current';
import type { RequestFormApi } from '../use-request-form';

interface Props {
  readonly form: RequestFormApi;
  readonly defs: Readonly<Record<string, JsonSchema>>;
}

/** For a PUT: fills the body from a GET of the same resource, so replacing it keeps the values it has. */
export function LoadCurrentButton({ form, defs }: Props) {
  const current = useLoadCurrent(form, defs);
  if (current === undefined) return null;
  const { state } = current;
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={current.blockedWhy !== undefined || state.status === 'loading'}
        onClick={current.load}
        title={current.blockedWhy ?? 'Read this resource with a GET and fill the body with what it holds now'}
        data-testid="load-current"
      >
        {state.status === 'loading' ? 'Loading…' : 'Load current'}
      </button>
      {state.status === 'failed' && (
        <p className="field-problem load-current-note" role="alert" data-testid="load-current-error">
          {state.message}
        </p>
      )}
      {state.status === 'loaded' && (
        <p className="field-help load-current-note" role="status" data-testid="load-current-done">
          Filled from GET {state.from}
          {state.preconditions.length > 0 ? `; ${state.preconditions.join(', ')} taken from its answer` : ''}.
        </p>
      )}
    </>
  );
}
