/** One operation's form: its stored values, what they resolve to, and ways to change them. */
import { useCallback, useMemo, type Dispatch } from 'react';
import type { LoadedSpec, OperationModel, ServerModel } from '../../../shared/model/api-model';
import { buildRequest, type BuildInput, type FieldProblem } from '../../../shared/request/build-request';
import { resolveServerUrl } from '../../../shared/request/resolve-server-url';
import type { RequestDescription } from '../../../shared/request/request-model';
import { exampleBodyText, initialForm, serverDefaults, type RequestForm } from './request-form-model';
import type { RequestFormsAction, RequestFormsState } from './request-forms-store';

export interface ServerChoice {
  readonly index: number;
  readonly url: string;
  readonly description?: string;
}

export interface RequestFormApi {
  readonly form: RequestForm;
  readonly servers: readonly ServerChoice[];
  readonly server?: ServerModel;
  /** The picked server's URL with its variables filled in and resolved against the origin. */
  readonly serverUrl: string;
  readonly baseUrl: string;
  /** True when the person typed a base URL over the server's. */
  readonly baseUrlOverridden: boolean;
  readonly build: { readonly request?: RequestDescription; readonly problems: readonly FieldProblem[] };
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
  readonly markSent: (fingerprint: string) => void;
}

// OpenAPI: without servers, the server is "/" — relative to where the document came from.
const ROOT_SERVER: ServerModel = { url: '/', variables: {} };

/** The form of `op`, kept in the forms store so it outlives switching operations. */
export function useRequestForm(spec: LoadedSpec, op: OperationModel, forms: RequestFormsState, dispatch: Dispatch<RequestFormsAction>): RequestFormApi {
  const defs = spec.model.schemaDefs;
  const initial = useMemo(() => initialForm(op, defs), [op, defs]);
  const form = forms.forms[op.key] ?? initial;

  const update = useCallback((fn: (form: RequestForm) => RequestForm) => dispatch({ type: 'update', opKey: op.key, initial, update: fn }), [dispatch, op.key, initial]);

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
  const baseUrl = override ?? serverUrl;

  const build = useMemo(() => {
    const mediaType = form.mediaType;
    const text = mediaType === undefined ? undefined : (form.bodies[mediaType] ?? '');
    const input: BuildInput = { baseUrl, params: form.params, defs };
    // An optional body left empty is simply not sent.
    if (op.requestBody && mediaType !== undefined && text !== undefined && (text.trim() !== '' || op.requestBody.required)) {
      return buildRequest(op, { ...input, body: { mediaType, text } });
    }
    return buildRequest(op, input);
  }, [op, baseUrl, form.params, form.mediaType, form.bodies, defs]);

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

  const actions = useMemo(
    () => ({
      setServer: (index: number) =>
        update((f) => ({ ...f, serverIndex: index, serverVars: serverDefaults(op.servers[index]) })),
      setServerVar: (name: string, value: string) => update((f) => ({ ...f, serverVars: { ...f.serverVars, [name]: value } })),
      setBaseUrl: (url: string) => dispatch({ type: 'base-url', serverUrl, value: url }),
      followServer: () => dispatch({ type: 'base-url', serverUrl }),
      setParam: (key: string, value: string) => update((f) => ({ ...f, params: { ...f.params, [key]: value } })),
      setMediaType: (mediaType: string) => update((f) => ({ ...f, mediaType })),
      setBodyText: (text: string) => update((f) => (f.mediaType === undefined ? f : { ...f, bodies: { ...f.bodies, [f.mediaType]: text } })),
      resetBody: () =>
        update((f) => (f.mediaType === undefined ? f : { ...f, bodies: { ...f.bodies, [f.mediaType]: exampleBodyText(op, f.mediaType, defs) } })),
      markAttempted: () => update((f) => (f.attempted ? f : { ...f, attempted: true })),
      markSent: (fingerprint: string) => update((f) => ({ ...f, lastSentFingerprint: fingerprint })),
    }),
    [update, dispatch, serverUrl, op, defs],
  );

  return { form, servers, server, serverUrl, baseUrl, baseUrlOverridden: override !== undefined && override !== serverUrl, build, visibleProblems, ...actions };
}
