/** Opens a saved request in the editor: selects its operation and fills the form with the saved values. */
import { useCallback, type Dispatch } from 'react';
import type { SchemeCredentials } from '../../../shared/auth/apply-auth';
import type { SavedRequest } from '../../../shared/collections/format-v1';
import { formValuesFromSaved } from '../../../shared/collections/form-values';
import { savedBaseUrl } from '../../../shared/collections/saved-base-url';
import { savedSchemeKeys, securityHeaderSchemes } from '../../../shared/collections/security-headers';
import { testsOf } from '../../../shared/runner/test-edits';
import type { LoadedSpec, OperationModel, SecuritySchemeModel } from '../../../shared/model/api-model';
import { initialForm, keyIntentOf, withoutSavedBase, type RequestForm } from '../request/request-form-model';
import type { OpenedFrom } from './current-request';
import { formKeyOf, type RequestFormsAction } from '../request/request-forms-store';

/**
 * The forms action that fills the form of saved request `id` (of operation `op`) with the values of `saved`.
 * The headers of `op`'s own API-key schemes are the auth's (see useFillSavedKeys), not extras.
 */
export function fillFormFromSaved(saved: SavedRequest, id: string, op: OperationModel, defs: LoadedSpec['model']['schemaDefs'], schemes?: Readonly<Record<string, SecuritySchemeModel>>): RequestFormsAction {
  const base = savedBaseUrl(saved.url, op.path);
  const values = formValuesFromSaved(saved, op, base, securityHeaderSchemes(op, schemes));
  const body = values.body;
  return {
    type: 'update',
    // Its own form, not the operation's: another saved request of the operation keeps its values.
    formKey: formKeyOf(op.key, id),
    initial: initialForm(op, defs),
    update: (form) => {
      // The saved URL's base, not the document's server: the form sends where the file says.
      // The file's key (if any) is the form's added key: a send with another body renews it (use-send-flow).
      const { addedKey: _previousKey, keyOpenedWith: _previousIntent, addedKeyPlace: _previousPlace, ...rest } = withoutSavedBase(form);
      void _previousKey;
      void _previousIntent;
      void _previousPlace;
      const filled: RequestForm = {
        ...rest,
        // The key keeps its line among the headers, so the file saved back unchanged keeps its bytes.
        ...(values.addedKey !== undefined ? { addedKey: values.addedKey, ...(values.addedKeyPlace === undefined ? {} : { addedKeyPlace: values.addedKeyPlace }) } : {}),
        ...(base !== undefined ? { savedBase: base } : {}),
        params: { ...form.params, ...values.params },
        // What the operation does not declare is shown apart and sent too (SavedExtras).
        extras: values.extras,
        // The file's assertions and captures, shown and edited in the Tests tab.
        tests: testsOf(saved),
        ...(body && op.requestBody?.content.some((m) => m.mediaType === body.mediaType) ? { mediaType: body.mediaType, bodies: { ...form.bodies, [body.mediaType]: body.text } } : {}),
      };
      // The file's key named the file's request (perhaps sent in an earlier session): remember which, for renewal.
      return values.addedKey === undefined ? filled : { ...filled, keyOpenedWith: { key: values.addedKey, intent: keyIntentOf(filled) } };
    },
  };
}

/** The callback the collections drawer calls when a saved request is clicked. */
export function useOpenSavedRequest(
  spec: LoadedSpec,
  dispatchForms: Dispatch<RequestFormsAction>,
  select: (opKey: string, preview?: boolean, saved?: OpenedFrom) => void,
  /** Takes the API keys of the file's security headers, by scheme (see useFillSavedKeys). */
  fillKeys?: (keys: Readonly<Record<string, SchemeCredentials>>) => void,
): (saved: SavedRequest, id: string, preview?: boolean) => void {
  return useCallback(
    (saved: SavedRequest, id: string, preview?: boolean) => {
      const op = spec.model.operations.find((candidate) => candidate.key === saved.operation?.key);
      if (!op) return;
      const schemes = spec.model.securitySchemes;
      dispatchForms(fillFormFromSaved(saved, id, op, spec.model.schemaDefs, schemes));
      fillKeys?.(savedSchemeKeys(saved, securityHeaderSchemes(op, schemes)));
      select(op.key, preview, { id, name: saved.name });
    },
    [spec.model, dispatchForms, select, fillKeys],
  );
}
