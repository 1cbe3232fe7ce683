import { useCallback, useMemo, type Dispatch } from 'react';
import type { LoadedSpec, OperationModel } from '../../shared/model/api-model';
import type { RequestDescription } from '../../shared/request/request-model';
import { responseExpectation } from '../../shared/response/response-validation';
import type { RequestFormsAction, RequestFormsState } from '../features/request/request-forms-store';
import { useRequestForm } from '../features/request/use-request-form';
import { useSavedRequestScopes } from '../features/document/use-saved-request-scopes';
import { useSendFlow } from '../features/request/use-send-flow';
import { useSendShortcut } from '../features/request/use-send-shortcut';
import { useShareCurrentRequest } from '../features/collections/current-request';
import { RequestPanel } from '../features/request/views/RequestPanel';
import { resendRequest } from '../../shared/request/resend-request';
import type { Responses } from '../features/response/use-responses';
import { ResponsePanel } from '../features/response/views/ResponsePanel';
import { useRequestExtras } from '../features/auth/request-extras';
import { ServerErrorsProvider } from '../features/request/views/ServerErrorsProvider';
import { ServerErrorsSummary } from '../features/request/views/ServerErrorsSummary';
import { serverFieldErrors } from '../../shared/response/server-field-errors';
import { AuthPanel } from '../features/auth/views/AuthPanel';
import { CopyAsCurl } from '../features/auth/views/CopyAsCurl';
import { EnvironmentBar } from '../features/environments/views/EnvironmentBar';
import { ValueActionsContext } from '../features/response/value-actions';
import { useLastResults } from '../features/tests/use-last-results';
import { useValueActions } from '../features/tests/use-value-actions';
import { TestsSection } from '../features/tests/views/TestsSection';
import { testsOf } from '../../shared/runner/test-edits';
import { OperationUrlBar } from '../features/request/views/OperationUrlBar';
import { mergeScopes } from '../../shared/request/variable-scopes';
import { useCommand } from './use-command';
import { RequestResponseSplit } from './RequestResponseSplit';
import type { PaneLayoutControls } from './use-pane-layout';
import type { SavedPlace } from '../features/tabs/tabs-store';
import { DeletedFileNote } from '../features/tabs/views/DeletedFileNote';
import { operationSignature } from '../../shared/collections/operation-signature';

interface Props {
  readonly spec: LoadedSpec;
  readonly op: OperationModel;
  /** Which of the operation's forms this is: its own, or a saved request's (see formKeyOf). Its exchanges go by it too. */
  readonly formKey: string;
  readonly forms: RequestFormsState;
  readonly dispatchForms: Dispatch<RequestFormsAction>;
  readonly responses: Responses;
  /** The window's pane sizes: the request/response split and whether the response pane shows. */
  readonly panes: PaneLayoutControls;
  /** The saved request the tab holds, if any (the tabs store holds which, once). */
  readonly saved?: SavedPlace;
  /** The saved request the tab held until its file was deleted (saving it asks where, offering its name and folder). */
  readonly deletedFile?: SavedPlace;
  /** Form `formKey` was saved as the saved request `saved`. */
  readonly onSavedAs: (formKey: string, saved: SavedPlace) => void;
}

/** One request of an operation: its form beside its last response. Keyed by form, so transient UI resets. */
export function OperationWorkspace({ spec, op, formKey, forms, dispatchForms, responses, panes, saved, deletedFile, onSavedAs }: Props) {
  // A saved request reads its folders' and collection's variables too ({{baseUrl}}), as it does unlinked and in a run.
  const savedRequest = useSavedRequestScopes(saved?.id);
  const form = useRequestForm(spec, op, formKey, forms, dispatchForms, savedRequest);
  const extras = useRequestExtras(spec, op, savedRequest);
  // Each request keeps its own last exchange (and Idempotency-Key history); history still names the operation.
  const exchange = responses.exchanges[formKey];
  const { send: sendFor } = responses;
  const expectation = useMemo(() => responseExpectation(spec.model, op), [spec.model, op]);
  // Secret values ride along so that history can mask them wherever they appear; they are never sent.
  const send = useCallback(
    (request: RequestDescription) => sendFor(formKey, { ...request, opKey: op.key, ...(extras.secrets.length > 0 ? { secretValues: extras.secrets } : {}) }, expectation),
    [sendFor, formKey, op.key, expectation, extras.secrets],
  );
  // A validation answer (FastAPI's 422, problem+json) shows its messages under the fields they name.
  const serverErrors = useMemo(() => (exchange?.status === 'received' ? serverFieldErrors(exchange.response, op.parameters) : undefined), [exchange, op.parameters]);
  const flow = useSendFlow(form, send, exchange);
  useSendShortcut(flow.trySend);
  // The desktop menu's Send (its accelerator takes Ctrl/Cmd+Enter before the page sees it).
  useCommand('send', flow.trySend);
  const remember = useCallback((from: SavedPlace) => onSavedAs(formKey, from), [onSavedAs, formKey]);
  // A save links the request to the operation by a signature made with the document's schemas (its body's properties count).
  const signedOp = useMemo(() => ({ ...op, signature: operationSignature(op, spec.model.schemaDefs) }), [op, spec.model.schemaDefs]);
  useShareCurrentRequest({ op: signedOp, remember, ...(form.build.request ? { request: form.build.request } : {}), ...(form.template ? { template: form.template } : {}), markProblems: form.markAttempted, ...(form.build.waiting !== undefined ? { waiting: form.build.waiting } : {}), ...(form.saveBase !== undefined ? { baseUrl: form.saveBase } : {}), ...(form.saveBaseAs !== undefined ? { baseAs: form.saveBaseAs } : {}), ...(saved ? { saved } : {}), ...(deletedFile ? { deletedFile } : {}), ...(form.form.tests ? { tests: form.form.tests } : {}), keyForSave: flow.keyForSave });
  const variableValues = useMemo(() => mergeScopes(form.scopes), [form.scopes]);
  // The Tests section: judged against the last answer, and fed by values clicked in it.
  const storedTests = form.form.tests;
  const tests = useMemo(() => storedTests ?? testsOf({}), [storedTests]);
  const testResults = useLastResults(tests, exchange, variableValues);
  const { onValueAction, revealTests } = useValueActions(tests, form.setTests);

  return (
    <RequestResponseSplit
      panes={panes}
      request={
        <ServerErrorsProvider {...(serverErrors ? { errors: serverErrors } : {})}>
          <RequestPanel
            op={op}
            form={form}
            flow={flow}
            exchange={exchange}
            defs={spec.model.schemaDefs}
            urlBar={
              <>
                {deletedFile && <DeletedFileNote name={deletedFile.name} />}
                <OperationUrlBar form={form} defs={spec.model.schemaDefs} values={variableValues} secrets={extras.secrets} />
              </>
            }
            beforeParams={
              <>
                <EnvironmentBar />
                <AuthPanel spec={spec} op={op} baseUrl={form.saveBase ?? form.baseUrl} saved={savedRequest} />
              </>
            }
            tests={<TestsSection tests={tests} onChange={form.setTests} reveal={revealTests} {...(testResults ? { results: testResults } : {})} />}
            afterSend={
              <>
                <ServerErrorsSummary />
                <CopyAsCurl request={form.build.request} secrets={extras.secrets} />
              </>
            }
          />
        </ServerErrorsProvider>
      }
      response={
        <ValueActionsContext.Provider value={onValueAction}>
          <ResponsePanel
            exchange={exchange}
            onCancel={() => responses.cancel(formKey)}
            // The panel's one-off resend (a longer deadline...) asks before repeating a POST, as Send does.
            onResend={(overrides) => {
              if (exchange !== undefined && exchange.status !== 'sending') flow.resend(resendRequest(exchange.request, overrides));
            }}
            keyDeclared={op.idempotencyKey !== undefined}
          />
        </ValueActionsContext.Provider>
      }
    />
  );
}
