import { useMemo, useReducer } from 'react';
import type { LoadedSpec } from '../../shared/model/api-model';
import { initialRequestFormsState, requestFormsReducer } from '../features/request/request-forms-store';
import { useResources } from '../features/resources/use-resources';
import { ApiOverview } from '../features/resources/views/ApiOverview';
import { ResourceSidebar } from '../features/resources/views/ResourceSidebar';
import { useResponses } from '../features/response/use-responses';
import { HistoryDrawer } from '../features/history/views/HistoryDrawer';
import { CollectionsDrawer } from '../features/collections/views/CollectionsDrawer';
import { useOpenSavedRequest } from '../features/collections/use-open-saved';
import { ProblemsPanel } from '../features/spec-source/views/ProblemsPanel';
import { RequestExtrasProvider } from '../features/auth/views/RequestExtrasProvider';
import { OperationWorkspace } from './OperationWorkspace';

interface Props {
  readonly spec: LoadedSpec;
  /** Full validation still runs in the background. */
  readonly validating?: boolean;
}

/** Everything about one open document. App keys it by load, so a new document starts clean. */
export function Workspace({ spec, validating = false }: Props) {
  // Webhooks are listed too (marked, in their own group): they are part of the API's contract.
  const operations = useMemo(() => [...spec.model.operations, ...(spec.model.webhooks ?? [])], [spec.model]);
  const resources = useResources(operations);
  const [forms, dispatchForms] = useReducer(requestFormsReducer, initialRequestFormsState);
  const responses = useResponses();
  const op = resources.selected;
  const openSaved = useOpenSavedRequest(spec, dispatchForms, resources.select);

  return (
    <RequestExtrasProvider>
      <div className="workspace">
        <ResourceSidebar model={spec.model} resources={resources} notices={<ProblemsPanel problems={spec.problems} validating={validating} />} />
        <main className="workspace-main">
          {op ? (
            <OperationWorkspace key={op.key} spec={spec} op={op} forms={forms} dispatchForms={dispatchForms} responses={responses} />
          ) : (
            <ApiOverview spec={spec} />
          )}
        </main>
        <HistoryDrawer responses={responses} />
        <CollectionsDrawer operations={operations} onOpenSaved={openSaved} spec={spec} />
      </div>
    </RequestExtrasProvider>
  );
}
