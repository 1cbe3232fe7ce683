/** One operation's form: its stored values, what they resolve to, and ways to change them. */
import { useCallback, useMemo, type Dispatch } from 'react';
import type { LoadedSpec, OperationModel, ServerModel } from '../../../shared/model/api-model';
import { buildRequest, type BuildInput, type FieldProblem } from '../../../shared/request/build-request';
import { resolveServerUrl } from '../../../shared/request/resolve-server-url';
import type { RequestDescription } from '../../../shared/request/request-model';
import { IDEMPOTENCY_KEY_HEADER } from '../../../shared/idempotency/idempotency-key-header';
import { DEFAULT_AUTO_RETRY, exampleBodyText, initialForm, keyIntentOf, keyParamKey, newIdempotencyKey, serverDefaults, withoutSavedBase, type AutoRetrySettings, type RequestForm } from './request-form-model';
import type { RequestFormsAction, RequestFormsState } from './request-forms-store';
import { useRequestExtras } from '../auth/request-extras';
import { useKeptTokenOrigin, type TokenOriginHold } from '../auth/use-kept-token-origin';
import { completeFormRequest, type ExtraParam } from '../../../shared/collections/form-values';
import { formTemplate } from '../../../shared/collections/form-template';
import { mergeScopes, VariableFiller, type UnresolvedVariable, type VariableScope } from '../../../shared/request/variable-scopes';
import { baseHasVariables } from '../../../shared/collections/saved-base-url';
import { sendCollection } from '../document/send-collection';
import type { SavedRequestScopes } from '../document/send-collection';
import type { RequestTests } from '../../../shared/runner/test-edits';

export interface ServerChoice {
  readonly index: number;
  readonly url: string;
  readonly description?: string;
}

export interface RequestFormApi {
  readonly op: OperationModel;
  /** Every operation of the document, for finding the GET that reads what this one changes. */
  readonly operations: readonly OperationModel[];
  readonly form: RequestForm;
  readonly servers: readonly ServerChoice[];
  readonly server?: ServerModel;
  /** The picked server's URL with its variables filled in and resolved against the origin. */
  readonly serverUrl: string;
  readonly baseUrl: string;
  /** The base a save writes back as {{baseUrl}} (or as `saveBaseAs`), resolved; undefined when the URL is to be saved as it is. */
  readonly saveBase?: string;
  /** How a save writes `saveBase` back when not as {{baseUrl}}: the saved request's base as written ("{{host}}/api"). */
  readonly saveBaseAs?: string;
  /** Where the form's {{variables}} get their values: the environment, then a saved request's folders and collection. */
  readonly scopes: readonly VariableScope[];
  /** True when the person typed a base URL over the server's (or the saved request's base is not the server's). */
  readonly baseUrlOverridden: boolean;
  /**
   * No request while a field has a blocking problem, a {{name}} has no value (`unresolved`), or the saved request's
   * collection is still being read (`waiting`: every send of the form would miss its variables and certificates),
   * or a kept login token would go to an origin it is not bound to (`tokenOrigin`).
   */
  readonly build: { readonly request?: RequestDescription; readonly problems: readonly FieldProblem[]; readonly unresolved: readonly UnresolvedVariable[]; readonly waiting?: string; readonly tokenOrigin?: TokenOriginHold };
  /**
   * What a save writes: the same request with every {{variable}} as typed (a name with no value does not stop it);
   * undefined while the form cannot make a URL or the saved request's collection is still being read.
   */
  readonly template?: RequestDescription;
  /** Lets the kept login token go to the origin `build.tokenOrigin` names (recorded with the token). */
  readonly allowTokenOrigin: () => void;
  /** Problems by field key, once Send has been pressed. */
  readonly visibleProblems: ReadonlyMap<string, readonly string[]>;
  readonly setServer: (index: number) => void;
  readonly setServerVar: (name: string, value: string) => void;
  readonly setBaseUrl: (url: string) => void;
  readonly followServer: () => void;
  readonly setParam: (key: string, value: string) => void;
  readonly setMediaType: (mediaType: string) => void;
  readonly setBodyText: (text: string) => void;
  readonly resetBody: () => void;
  readonly markAttempted: () => void;
  /** The idempotency key this request carries now, and the header it goes in; undefined when none. */
  readonly key?: { readonly value: string; readonly header: string; readonly declared: boolean };
  /** A fresh key: in the declared header's field, or in the added header. */
  readonly renewKey: () => void;
  /** Puts `value` in as the key (the declared header's field, or the added header). */
  readonly setKeyValue: (value: string) => void;
  readonly setKeyPinned: (pinned: boolean) => void;
  /** Holds `value` as the added key, as the one a file now holds beside the request the form makes (see keyOpenedWith). */
  readonly keySavedAs: (value: string) => void;
  /** Adds an Idempotency-Key header to a request whose document declares none (one click). */
  readonly addKey: () => void;
  readonly removeKey: () => void;
  readonly setGuardOff: (off: boolean) => void;
  readonly setAutoRetry: (settings: Partial<AutoRetrySettings>) => void;
  /** Replaces the undeclared headers and query values (see RequestForm.extras). */
  readonly setExtras: (extras: readonly ExtraParam[]) => void;
  /** Replaces the assertions and captures (the Tests tab). */
  readonly setTests: (tests: RequestTests) => void;
}

// OpenAPI: without servers, the server is "/" — relative to where the document came from.
const ROOT_SERVER: ServerModel = { url: '/', variables: {} };

const NOT_SAVED: SavedRequestScopes = { scopes: [] };

/**
 * The form `formKey` of `op` (the operation's own, or a saved request's), kept in the forms store so it outlives
 * switching tabs. `saved` is what the saved
 * request the tab holds brings: its folders' and collection's variables (below the environment's), and its
 * place, so that every send of the form (Send, the idempotency check, Load current) uses its collection's certificates.
 */
export function useRequestForm(spec: LoadedSpec, op: OperationModel, formKey: string, forms: RequestFormsState, dispatch: Dispatch<RequestFormsAction>, saved: SavedRequestScopes = NOT_SAVED): RequestFormApi {
  const savedScopes = saved.scopes;
  const defs = spec.model.schemaDefs;
  const initial = useMemo(() => initialForm(op, defs), [op, defs]);
  const form = forms.forms[formKey] ?? initial;

  const update = useCallback((fn: (form: RequestForm) => RequestForm) => dispatch({ type: 'update', formKey, initial, update: fn }), [dispatch, formKey, initial]);

  const serverList = useMemo(() => (op.servers.length > 0 ? op.servers : [ROOT_SERVER]), [op.servers]);
  const server = serverList[form.serverIndex] ?? serverList[0];
  const servers = useMemo(
    () =>
      serverList.map((s, index) => ({
        index,
        url: resolveServerUrl(s, index === form.serverIndex ? form.serverVars : serverDefaults(s), spec.origin),
        description: s.description,
      })),
    [serverList, form.serverIndex, form.serverVars, spec.origin],
  );
  const serverUrl = servers[form.serverIndex]?.url ?? '';
  const override = forms.baseUrls[serverUrl];
  const savedBase = form.savedBase;
  const baseUrl = savedBase ?? override ?? serverUrl;

  const keyParam = keyParamKey(op);
  const declaredHeader = op.idempotencyKey?.header;
  const key = useMemo(() => {
    if (keyParam !== undefined) {
      const value = (form.params[keyParam] ?? '').trim();
      return value === '' ? undefined : { value, header: declaredHeader ?? IDEMPOTENCY_KEY_HEADER, declared: true };
    }
    return form.addedKey === undefined ? undefined : { value: form.addedKey, header: IDEMPOTENCY_KEY_HEADER, declared: false };
  }, [keyParam, declaredHeader, form.params, form.addedKey]);

  // The active environment's variables and the operation's auth (renderer/features/auth).
  const extras = useRequestExtras(spec, op, saved);
  const scopes = useMemo(() => (savedScopes.length === 0 ? extras.scopes : [...extras.scopes, ...savedScopes]), [extras.scopes, savedScopes]);
  // A saved base written with variables ({{baseUrl}}, {{host}}/api) is saved back as written; a literal base stays the literal it was.
  const savedBaseAs = savedBase !== undefined && baseHasVariables(savedBase) ? savedBase : undefined;
  const saveBase = useMemo(() => {
    if (savedBase === undefined) return baseUrl;
    return savedBaseAs === undefined ? undefined : new VariableFiller(mergeScopes(scopes)).fill(savedBaseAs, 'the base URL');
  }, [savedBase, savedBaseAs, baseUrl, scopes]);
  // An optional body left empty is simply not sent (nor saved).
  const body = useMemo(() => {
    const mediaType = form.mediaType;
    const text = mediaType === undefined ? undefined : (form.bodies[mediaType] ?? '');
    return op.requestBody && mediaType !== undefined && text !== undefined && (text.trim() !== '' || op.requestBody.required) ? { mediaType, text } : undefined;
  }, [op, form.mediaType, form.bodies]);
  const built = useMemo(() => {
    const input: BuildInput = { baseUrl, params: form.params, defs, ...extras.buildInput, scopes };
    return buildRequest(op, body === undefined ? input : { ...input, body });
  }, [op, baseUrl, form.params, body, defs, extras.buildInput, scopes]);
  const addedKeyCompletion = useMemo(
    () => (form.addedKey !== undefined && keyParam === undefined ? { addedKey: form.addedKey, ...(form.addedKeyPlace === undefined ? {} : { addedKeyPlace: form.addedKeyPlace }) } : {}),
    [form.addedKey, form.addedKeyPlace, keyParam],
  );
  const template = useMemo(() => {
    if (saved.waiting !== undefined) return undefined;
    // The base is resolved as for sending, so the save writes it back as {{baseUrl}} (or as the saved request wrote it).
    const base = new VariableFiller(mergeScopes(scopes)).fill(baseUrl, 'the base URL');
    const input = { baseUrl: base, params: form.params, defs, auth: extras.typedAuth, ...(body === undefined ? {} : { body }) };
    return formTemplate(op, input, { extras: form.extras ?? [], authHeaders: extras.typedAuth.headers, ...addedKeyCompletion });
  }, [saved.waiting, scopes, baseUrl, form.params, defs, extras.typedAuth, body, op, form.extras, addedKeyCompletion]);
  // The form's request goes through the pipeline's assembly: an added key (the document declares none), the
  // undeclared headers and query values of an opened saved request, each header once, the auth over saved copies.
  const assembled = useMemo((): RequestFormApi['build'] => {
    const completed =
      built.request === undefined
        ? { unresolved: [] }
        : completeFormRequest(built.request, { extras: form.extras ?? [], scopes, authHeaders: extras.applied.headers, ...addedKeyCompletion });
    // Until the collection is read, its variables are not missing yet: only the wait is said.
    const waiting = saved.waiting;
    const unresolved = waiting !== undefined ? [] : firstOfEachName([...built.unresolved, ...extras.unresolved, ...completed.unresolved]);
    // Secret values ride along (never sent) so every use of the request (send, idempotency check, curl) masks them.
    const secretsAdded = completed.request !== undefined && extras.secrets.length > 0 ? { ...completed.request, secretValues: extras.secrets } : completed.request;
    const request = secretsAdded === undefined ? undefined : { ...secretsAdded, ...sendCollection(saved, mergeScopes(scopes)) };
    if (waiting !== undefined) return { problems: built.problems, unresolved, waiting };
    return { ...(request !== undefined && unresolved.length === 0 ? { request } : {}), problems: built.problems, unresolved };
  }, [built, addedKeyCompletion, form.extras, scopes, saved, extras.applied.headers, extras.unresolved, extras.secrets]);
  // No request while a kept token would go where it is not bound: Send, the idempotency check and Load current all send it.
  const tokenOrigin = useKeptTokenOrigin(extras.applied.applied, assembled.request?.url);
  const build = useMemo(() => {
    if (tokenOrigin.held === undefined) return assembled;
    const { request: _held, ...rest } = assembled;
    void _held;
    return { ...rest, tokenOrigin: tokenOrigin.held };
  }, [assembled, tokenOrigin.held]);

  const visibleProblems = useMemo(() => {
    const byKey = new Map<string, string[]>();
    if (!form.attempted) return byKey;
    for (const problem of build.problems) {
      const list = byKey.get(problem.key);
      if (list) list.push(problem.message);
      else byKey.set(problem.key, [problem.message]);
    }
    return byKey;
  }, [form.attempted, build.problems]);

  const hasSavedBase = savedBase !== undefined;
  const actions = useMemo(
    () => ({
      // Picking a server, or going back to it, leaves the saved request's base.
      setServer: (index: number) =>
        update((f) => ({ ...withoutSavedBase(f), serverIndex: index, serverVars: serverDefaults(op.servers[index]) })),
      setServerVar: (name: string, value: string) => update((f) => ({ ...f, serverVars: { ...f.serverVars, [name]: value } })),
      // Over a saved request's base, what is typed is this form's; otherwise it is kept for every operation on the server.
      setBaseUrl: (url: string) => (hasSavedBase ? update((f) => ({ ...f, savedBase: url })) : dispatch({ type: 'base-url', serverUrl, value: url })),
      followServer: () => {
        update(withoutSavedBase);
        dispatch({ type: 'base-url', serverUrl });
      },
      setParam: (key: string, value: string) => update((f) => ({ ...f, params: { ...f.params, [key]: value } })),
      setMediaType: (mediaType: string) => update((f) => ({ ...f, mediaType })),
      setBodyText: (text: string) => update((f) => (f.mediaType === undefined ? f : { ...f, bodies: { ...f.bodies, [f.mediaType]: text } })),
      resetBody: () =>
        update((f) => (f.mediaType === undefined ? f : { ...f, bodies: { ...f.bodies, [f.mediaType]: exampleBodyText(op, f.mediaType, defs) } })),
      markAttempted: () => update((f) => (f.attempted ? f : { ...f, attempted: true })),
      renewKey: () =>
        update((f) => {
          if (keyParam !== undefined) return { ...f, params: { ...f.params, [keyParam]: newIdempotencyKey() } };
          return f.addedKey === undefined ? f : { ...f, addedKey: newIdempotencyKey() };
        }),
      addKey: () => update((f) => (f.addedKey !== undefined ? f : { ...f, addedKey: newIdempotencyKey() })),
      setKeyValue: (value: string) => update((f) => (keyParam !== undefined ? { ...f, params: { ...f.params, [keyParam]: value } } : f.addedKey === undefined ? f : { ...f, addedKey: value })),
      setKeyPinned: (pinned: boolean) => update((f) => ({ ...f, keyPinned: pinned })),
      keySavedAs: (value: string) =>
        update((f) => {
          // A declared key is never written to a file (a fresh one goes per send): nothing to remember.
          if (keyParam !== undefined || f.addedKey === undefined) return f;
          const next = { ...f, addedKey: value };
          return { ...next, keyOpenedWith: { key: value, intent: keyIntentOf(next) } };
        }),
      removeKey: () => update((f) => ({ ...f, addedKey: undefined })),
      setGuardOff: (off: boolean) => update((f) => ({ ...f, guardOff: off })),
      setAutoRetry: (settings: Partial<AutoRetrySettings>) => update((f) => ({ ...f, autoRetry: { ...DEFAULT_AUTO_RETRY, ...f.autoRetry, ...settings } })),
      setExtras: (next: readonly ExtraParam[]) => update((f) => ({ ...f, extras: next })),
      setTests: (tests: RequestTests) => update((f) => ({ ...f, tests })),
    }),
    [update, dispatch, serverUrl, op, defs, keyParam, hasSavedBase],
  );

  const overridden = savedBase !== undefined ? savedBase !== serverUrl : override !== undefined && override !== serverUrl;
  return { op, operations: spec.model.operations, form, servers, server, serverUrl, baseUrl, ...(saveBase !== undefined ? { saveBase } : {}), ...(savedBaseAs !== undefined ? { saveBaseAs: savedBaseAs } : {}), scopes, baseUrlOverridden: overridden, build, ...(template === undefined ? {} : { template }), visibleProblems, key, allowTokenOrigin: tokenOrigin.allow, ...actions };
}

// One line per name: the form's fields, the credentials and the saved extras may each use it.
function firstOfEachName(list: readonly UnresolvedVariable[]): UnresolvedVariable[] {
  return list.filter((item, index) => list.findIndex((other) => other.name === item.name) === index);
}
