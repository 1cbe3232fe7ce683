/**
 * What every request of the open document gets besides its own form: the active environment's
 * variables and the credentials for its security requirement. Provided once per workspace.
 */
import { createContext, useContext, useMemo, type Dispatch } from 'react';
import { applyAuth, type AppliedAuth } from '../../../shared/auth/apply-auth';
import { formAuth } from '../../../shared/auth/saved-auth';
import type { Auth } from '../../../shared/collections/format-v1';
import type { LoadedSpec, OperationModel } from '../../../shared/model/api-model';
import { secretValues } from '../../../shared/environments/substitute';
import type { BuildInput } from '../../../shared/request/build-request';
import { environmentScope, fillTarget, mergeScopes, scopeSecrets, VariableFiller, type UnresolvedVariable, type VariableScope } from '../../../shared/request/variable-scopes';
import type { EnvironmentsAction, EnvironmentsState } from '../environments/environments-store';
import type { EnvironmentsPersistence } from '../environments/use-environments-persistence';
import type { AuthAction, AuthState } from './auth-store';

export interface RequestExtrasStore {
  readonly auth: AuthState;
  readonly dispatchAuth: Dispatch<AuthAction>;
  readonly environments: EnvironmentsState;
  readonly dispatchEnvironments: Dispatch<EnvironmentsAction>;
  /** Where environments and their secret values are kept, said plainly where they are edited. */
  readonly persistence?: EnvironmentsPersistence;
}

export const RequestExtrasContext = createContext<RequestExtrasStore | undefined>(undefined);

export interface RequestExtras {
  /** Spread into buildRequest's input. */
  readonly buildInput: Pick<BuildInput, 'scopes' | 'auth' | 'setIn'>;
  /** Where {{variables}} get their values (the active environment, with its in-memory secrets). */
  readonly scopes: readonly VariableScope[];
  readonly applied: AppliedAuth;
  /** The same credentials as typed, {{variables}} kept: what a save writes (secrets then become references). */
  readonly typedAuth: AppliedAuth;
  /** Values to mask when the request is shown or copied. */
  readonly secrets: readonly string[];
  /** {{names}} in the typed credentials that nothing gives a value to: the request is not sent. */
  readonly unresolved: readonly UnresolvedVariable[];
  /** The saved request's auth, when it is what `applied` sends (nothing typed for the operation's schemes applies). */
  readonly savedAuth?: Auth;
}

/** What the saved request a form holds brings to its auth: its folders' and collection's variables, and its auth ("inherit" resolved). */
export interface SavedAuthSource {
  readonly scopes: readonly VariableScope[];
  readonly auth?: Auth;
}

const NO_AUTH: AppliedAuth = { headers: [], query: [], cookies: [], secrets: [], missing: [], applied: [] };
const EMPTY: RequestExtras = { buildInput: {}, scopes: [], applied: NO_AUTH, typedAuth: NO_AUTH, secrets: [], unresolved: [] };

/** The store, or undefined outside a provider (then requests are built without extras). */
export function useRequestExtrasStore(): RequestExtrasStore | undefined {
  return useContext(RequestExtrasContext);
}

/** The variables and auth for one operation's request (of the saved request `saved`, when the form holds one). */
export function useRequestExtras(spec: LoadedSpec, op: OperationModel, saved?: SavedAuthSource): RequestExtras {
  const store = useContext(RequestExtrasContext);
  const savedScopes = saved?.scopes;
  const savedAuth = saved?.auth;
  return useMemo(
    () => (store === undefined ? EMPTY : requestExtrasFor(store, spec, op, savedScopes === undefined ? undefined : { scopes: savedScopes, ...(savedAuth === undefined ? {} : { auth: savedAuth }) })),
    [store, op, spec, savedScopes, savedAuth],
  );
}

/**
 * The active environment as scopes and the credentials typed for `op`'s security schemes, {{variables}} filled;
 * for a saved request, with its folders' and collection's variables too, and its own auth when nothing typed applies.
 */
export function requestExtrasFor(store: RequestExtrasStore, spec: LoadedSpec, op: OperationModel, saved?: SavedAuthSource): RequestExtras {
  const env = store.environments.environments.find((e) => e.id === store.environments.activeId);
  const scopes = environmentScope(env);
  // Credentials take their values where the form's fields do: a saved request's collection may hold the token.
  const valueScopes = saved === undefined || saved.scopes.length === 0 ? scopes : [...scopes, ...saved.scopes];
  const filler = new VariableFiller(mergeScopes(valueScopes));
  // Credentials may use variables too ({{token}}).
  const credentials = Object.fromEntries(
    Object.entries(store.auth.credentials).map(([scheme, c]) => [scheme, Object.fromEntries(Object.entries(c).map(([k, v]) => [k, typeof v === 'string' ? filler.fill(v, 'the auth') : v]))]),
  );
  const enabled = !store.auth.withoutAuth.includes(op.key);
  const typedApplied = applyAuth(op, spec.model.securitySchemes ?? {}, credentials, enabled);
  const typedAuth = applyAuth(op, spec.model.securitySchemes ?? {}, store.auth.credentials, enabled);
  // Only credentials the request uses count: a scheme of another operation waiting for a variable does not block this one.
  const unresolved = new VariableFiller(filler.values);
  for (const scheme of typedApplied.applied) for (const value of Object.values(store.auth.credentials[scheme] ?? {})) if (typeof value === 'string') unresolved.fill(value, 'the auth');
  // Nothing typed applies: the saved request's auth goes, as a run sends it (its missing {{names}} stop the send there too).
  const chosen = enabled ? formAuth(typedApplied, saved?.auth, unresolved) : { applied: typedApplied, fromSaved: false };
  const applied = chosen.applied;
  const setIn = fillTarget(env);
  const secrets = [...new Set([...applied.secrets, ...secretValues(env), ...(saved === undefined ? [] : scopeSecrets(saved.scopes))])];
  return { buildInput: { scopes, auth: applied, setIn }, scopes, applied, typedAuth, secrets, unresolved: unresolved.unresolved(valueScopes, setIn), ...(chosen.fromSaved && saved?.auth !== undefined ? { savedAuth: saved.auth } : {}) };
}

/** Every credential typed for the document (keys, passwords, tokens, client secrets) and the active environment's secrets, to mask what is recorded. */
export function useTypedSecrets(): readonly string[] {
  const store = useContext(RequestExtrasContext);
  return useMemo(() => {
    if (store === undefined) return [];
    const typed = Object.values(store.auth.credentials).flatMap((c) => [c.apiKey, c.password, c.token, c.clientSecret]);
    const env = store.environments.environments.find((e) => e.id === store.environments.activeId);
    return [...typed.filter((v): v is string => v !== undefined && v !== ''), ...secretValues(env)];
  }, [store]);
}
