/** Send for a request document: the one resolution pipeline, the active environment, the open document's operation when the URL matches one. */
import { useCallback, useMemo, useState } from 'react';
import type { LoadedSpec, OperationModel } from '../../../shared/model/api-model';
import { matchOperation } from '../../../shared/request/match-operation';
import { resolveRequest, type Resolution } from '../../../shared/request/resolve-request';
import { environmentScope, mergeScopes, type UnresolvedVariable } from '../../../shared/request/variable-scopes';
import { responseExpectation } from '../../../shared/response/response-validation';
import { useEnvironmentsStore } from '../environments/environments-context';
import { requestExtrasFor, useRequestExtrasStore } from '../auth/request-extras';
import type { Responses } from '../response/use-responses';
import { lastDelivered } from '../response/exchange-store';
import { keyForNextSend } from '../../../shared/idempotency/key-history';
import { newIdempotencyKey } from '../request/request-form-model';
import type { RequestDraft } from './request-draft';
import { sendCollection } from './send-collection';
import { useDocumentLogin, type DocumentLogin } from './use-document-login';
import { useSavedRequestScopes } from './use-saved-request-scopes';
import { withLoginToken } from '../../../shared/auth/oauth2-auth-login';
import { heldForOriginMessage, keptTokenDecision } from '../../../shared/auth/token-origins';
import { useKeptTokenOrigin } from '../auth/use-kept-token-origin';

const NO_SCHEMES: readonly string[] = [];

export interface DocumentSend {
  /** The request as it would be sent now, or why it cannot be. */
  readonly resolution: Resolution;
  /** The open document's operation this request calls (unless the person unlinked it). */
  readonly link?: OperationModel;
  /** The operation the URL matches, linked or not. */
  readonly match?: OperationModel;
  /** Variable values as they resolve now, for the URL's hover. */
  readonly values: Readonly<Record<string, string>>;
  readonly secrets: readonly string[];
  /** Send was pressed: a blocked send shows why. */
  readonly attempted: boolean;
  /** Said under Send after a send that got a new Idempotency-Key because the request changed. */
  readonly keyNote?: string;
  readonly send: () => void;
  /** Why Send waits: the saved request's collection is still being read (its variables and certificates), or a kept login token is being looked up. */
  readonly waiting?: string;
  /** Why Send is refused: the auth takes a token the tab does not hold (log in or get one first). */
  readonly needsToken?: string;
  /** The security schemes of the linked operation whose credentials this request carries. */
  readonly specAuth?: readonly string[];
  /** The interactive login of the request's own OAuth 2.0 auth. */
  readonly login: DocumentLogin;
  /** Why Send is held: the kept login token is not bound to the origin the request goes to. */
  readonly tokenOrigin?: { readonly message: string; readonly origin?: string; readonly error?: string };
  /** Allows the kept login token to go to the request's origin (recorded with the token). */
  readonly allowTokenOrigin: () => void;
}

// Credentials waiting for a variable block the send like any other field.
function withUnresolved(resolution: Resolution, unresolved: readonly UnresolvedVariable[]): Resolution {
  if (unresolved.length === 0) return resolution;
  const draft = resolution.ok ? resolution.request : resolution.draft;
  const all = [...(resolution.ok ? [] : resolution.unresolved), ...unresolved];
  return { ok: false, unresolved: all, message: all.map((u) => u.message).join(' '), draft, secrets: resolution.secrets };
}

/** The exchange key of a document tab in the responses store. */
export function documentExchangeKey(tabId: string): string {
  return `doc:${tabId}`;
}

/** What Send does for tab `tabId` holding `draft`. */
export function useDocumentSend(tabId: string, draft: RequestDraft, spec: LoadedSpec | undefined, responses: Responses): DocumentSend {
  const store = useEnvironmentsStore();
  const [attempted, setAttempted] = useState(false);
  const [keyNote, setKeyNote] = useState<string>();
  const env = store?.environments.environments.find((e) => e.id === store.environments.activeId);
  // A saved request also reads its folders' and collection's variables, below the environment's.
  const saved = useSavedRequestScopes(draft.savedId);
  const scopes = useMemo(() => [...environmentScope(env), ...saved.scopes], [env, saved.scopes]);
  const values = useMemo(() => mergeScopes(scopes), [scopes]);
  const basePaths = useMemo(() => (spec?.model.servers ?? []).map((server) => server.url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '')), [spec]);
  const match = useMemo(() => (spec === undefined ? undefined : matchOperation(draft.method, draft.url, spec.model.operations, basePaths)), [spec, draft.method, draft.url, basePaths]);
  const link = draft.unlinked === true ? undefined : match;
  const inherited = draft.auth.type === 'inherit' && saved.inheritedAuth !== undefined && saved.inheritedAuth.type !== 'none' ? saved.inheritedAuth : undefined;
  // The login of the auth that is sent: the request's own, or its folder's or collection's (a kept token is used for either).
  const login = useDocumentLogin(inherited ?? draft.auth, values);
  const waiting = saved.waiting ?? login.waiting;
  const doc = useMemo(() => {
    // A login's token goes out in place of the access token the auth leaves empty; the draft never holds it.
    const withAuth = { ...draft, auth: withLoginToken(inherited ?? draft.auth, login.token) };
    return link === undefined ? withAuth : { ...withAuth, operation: { key: link.key, ...(link.operationId ? { operationId: link.operationId } : {}) } };
  }, [draft, link, inherited, login.token]);
  // Linked, a request without auth of its own takes the open document's: the credentials typed for the operation's schemes.
  const extrasStore = useRequestExtrasStore();
  const specAuth = useMemo(() => {
    if (link === undefined || spec === undefined || extrasStore === undefined || (doc.auth.type !== 'none' && doc.auth.type !== 'inherit')) return undefined;
    const extras = requestExtrasFor(extrasStore, spec, link);
    return extras.applied.applied.length > 0 ? extras : undefined;
  }, [link, spec, extrasStore, doc.auth.type]);
  const context = useMemo(() => (specAuth === undefined ? { scopes } : { scopes, appliedAuth: specAuth.applied }), [scopes, specAuth]);
  const resolution = useMemo(() => withUnresolved(resolveRequest(doc, context), specAuth?.unresolved ?? []), [doc, context, specAuth]);

  // A kept token found by its login settings alone would go to any host a shared request names: it goes only where it is bound.
  const held = useMemo(() => {
    if (!resolution.ok || login.token === undefined) return undefined;
    const decision = keptTokenDecision({ token: login.token, ...(login.credentials.tokenOrigins ? { tokenOrigins: login.credentials.tokenOrigins } : {}) }, resolution.request.url);
    return decision.send ? undefined : decision;
  }, [resolution, login.token, login.credentials.tokenOrigins]);
  const [allowError, setAllowError] = useState<{ origin?: string; message: string }>();
  const { allowOrigin } = login;
  const heldOrigin = held?.origin;
  const allowTokenOrigin = useCallback(() => {
    if (heldOrigin !== undefined) void allowOrigin(heldOrigin).then((message) => setAllowError(message === undefined ? undefined : { origin: heldOrigin, message }));
  }, [allowOrigin, heldOrigin]);
  // Linked, the document's credentials go along: a kept token among them is held back the same way.
  const docToken = useKeptTokenOrigin(specAuth?.applied.applied ?? NO_SCHEMES, resolution.ok ? resolution.request.url : undefined);
  const ownHold = held === undefined ? undefined : { message: heldForOriginMessage(held), ...(held.origin === undefined ? {} : { origin: held.origin }), ...(allowError !== undefined && allowError.origin === held.origin ? { error: allowError.message } : {}) };
  const tokenOrigin = ownHold ?? docToken.held;
  const allowHeld = ownHold !== undefined ? allowTokenOrigin : docToken.allow;
  const heldBack = tokenOrigin !== undefined;

  const send = useCallback(() => {
    setAttempted(true);
    if (!resolution.ok || waiting !== undefined || login.missing !== undefined || heldBack) return;
    // One key per logical request, from what this tab last delivered (the exchange store): the same method, URL
    // and body keep it (the server may replay its first answer); any change makes the next send a new request.
    const keyed = doc.idempotencyKey?.policy === 'auto';
    const key = keyed ? keyForNextSend(resolution.request, lastDelivered(responses.exchanges[documentExchangeKey(tabId)]), newIdempotencyKey) : undefined;
    const outgoing = key === undefined ? resolution : withUnresolved(resolveRequest(doc, { ...context, idempotencyKey: key.value }), specAuth?.unresolved ?? []);
    if (!outgoing.ok) return;
    setKeyNote(key?.renewed === true ? `The method, URL or body changed since the last send, so this one carries a new ${doc.idempotencyKey?.header ?? 'Idempotency-Key'}: it is a new request to the server.` : undefined);
    const request = { ...(outgoing.secrets.length > 0 ? { ...outgoing.request, secretValues: outgoing.secrets } : outgoing.request), ...sendCollection(saved, values) };
    void responses.send(documentExchangeKey(tabId), request, link === undefined || spec === undefined ? undefined : responseExpectation(spec.model, link));
  }, [doc, tabId, resolution, context, specAuth, responses, link, spec, saved, values, waiting, login.missing, heldBack]);

  return { resolution, login, allowTokenOrigin: allowHeld, ...(tokenOrigin ? { tokenOrigin } : {}), ...(specAuth ? { specAuth: specAuth.applied.applied } : {}), ...(link ? { link } : {}), ...(match ? { match } : {}), values, secrets: resolution.secrets, attempted, ...(keyNote ? { keyNote } : {}), send, ...(waiting !== undefined ? { waiting } : {}), ...(login.missing !== undefined ? { needsToken: login.missing } : {}) };
}
