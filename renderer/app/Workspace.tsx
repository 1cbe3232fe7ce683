import { useReducer } from 'react';
import type { LoadedSpec } from '../../shared/model/api-model';
import { initialRequestFormsState, requestFormsReducer } from '../features/request/request-forms-store';
import { useResources } from '../features/resources/use-resources';
import { ApiOverview } from '../features/resources/views/ApiOverview';
import { ResourceSidebar } from '../features/resources/views/ResourceSidebar';
import { useResponses } from '../features/response/use-responses';
import { ProblemsPanel } from '../features/spec-source/views/ProblemsPanel';
import { OperationWorkspace } from './OperationWorkspace';

interface Props {
  readonly spec: LoadedSpec;
}

/** Everything about one open document. App keys it by load, so a new document starts clean. */
export function Workspace({ spec }: Props) {
  const resources = useResources(spec.model.operations);
  const [forms, dispatchForms] = useReducer(requestFormsReducer, initialRequestFormsState);
  const responses = useResponses();
  const op = resources.selected;

  return (
    <div className="workspace">
      <ResourceSidebar model={spec.model} resources={resources} notices={<ProblemsPanel problems={spec.problems} />} />
      <main className="workspace-main">
        {op ? (
          <OperationWorkspace key={op.key} spec={spec} op={op} forms={forms} dispatchForms={dispatchForms} responses={responses} />
        ) : (
          <ApiOverview spec={spec} />
        )}
      </main>
    </div>
  );
}
