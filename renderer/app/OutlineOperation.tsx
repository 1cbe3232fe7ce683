import { useEffect, type Dispatch } from 'react';
import type { LoadedSpec } from '../../shared/model/api-model';
import { documentKey } from '../features/auth/auth-memory';
import { RequestExtrasProvider } from '../features/auth/views/RequestExtrasProvider';
import type { RequestFormsAction, RequestFormsState } from '../features/request/request-forms-store';
import type { ExchangesState } from '../features/response/exchange-store';
import { useResponses } from '../features/response/use-responses';
import { OperationWorkspace } from './OperationWorkspace';
import type { PaneLayoutControls } from './use-pane-layout';

interface Props {
  /** The document as far as the picked operation goes: that operation alone, normalized ahead of the model. */
  readonly spec: LoadedSpec;
  readonly forms: RequestFormsState;
  readonly dispatchForms: Dispatch<RequestFormsAction>;
  /** Answers received so far on the outline screen, kept for the workspace. */
  readonly exchanges: ExchangesState | undefined;
  readonly onExchanges: (exchanges: ExchangesState) => void;
  readonly panes: PaneLayoutControls;
}

// No tab holds the form before the workspace takes over, so there is none to mark saved.
const noTabYet = (): void => undefined;

/**
 * The operation picked in a large document's list, before the whole model has arrived: the same
 * form and response panes as in the workspace, over the operation normalized alone. What is typed
 * and answered here goes on in the workspace when it takes over.
 */
export function OutlineOperation({ spec, forms, dispatchForms, exchanges, onExchanges, panes }: Props) {
  const op = spec.model.operations[0] ?? spec.model.webhooks?.[0];
  const responses = useResponses(exchanges);
  useEffect(() => onExchanges(responses.exchanges), [responses.exchanges, onExchanges]);
  if (op === undefined) return null;
  return (
    <RequestExtrasProvider documentKey={documentKey(spec)}>
      <OperationWorkspace key={op.key} spec={spec} op={op} formKey={op.key} forms={forms} dispatchForms={dispatchForms} responses={responses} panes={panes} onSavedAs={noTabYet} />
    </RequestExtrasProvider>
  );
}
