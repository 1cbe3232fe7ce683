/** Opens a saved request in the editor: selects its operation and fills the form with the saved values. */
import { useCallback, type Dispatch } from 'react';
import type { SavedRequest } from '../../../shared/collections/format-v1';
import { formValuesFromSaved } from '../../../shared/collections/form-values';
import type { LoadedSpec, OperationModel } from '../../../shared/model/api-model';
import { initialForm } from '../request/request-form-model';
import { rememberOpened } from './current-request';
import type { RequestFormsAction } from '../request/request-forms-store';

/** The forms action that fills `op`'s form with the values of `saved`. */
export function fillFormFromSaved(saved: SavedRequest, op: OperationModel, defs: LoadedSpec['model']['schemaDefs']): RequestFormsAction {
  const values = formValuesFromSaved(saved, op);
  const body = values.body;
  return {
    type: 'update',
    opKey: op.key,
    initial: initialForm(op, defs),
    update: (form) => ({
      ...form,
      params: { ...form.params, ...values.params },
      // What the operation does not declare is shown apart and sent too (SavedExtras).
      extras: values.extras,
      ...(body && op.requestBody?.content.some((m) => m.mediaType === body.mediaType) ? { mediaType: body.mediaType, bodies: { ...form.bodies, [body.mediaType]: body.text } } : {}),
    }),
  };
}

/** The callback the collections drawer calls when a saved request is clicked. */
export function useOpenSavedRequest(spec: LoadedSpec, dispatchForms: Dispatch<RequestFormsAction>, select: (opKey: string, preview?: boolean) => void): (saved: SavedRequest, id: string, preview?: boolean) => void {
  return useCallback(
    (saved: SavedRequest, id: string, preview?: boolean) => {
      const op = spec.model.operations.find((candidate) => candidate.key === saved.operation?.key);
      if (!op) return;
      dispatchForms(fillFormFromSaved(saved, op, spec.model.schemaDefs));
      rememberOpened(op.key, { id, name: saved.name });
      select(op.key, preview);
    },
    [spec.model, dispatchForms, select],
  );
}
