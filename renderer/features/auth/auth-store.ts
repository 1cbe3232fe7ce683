/** Credentials per security scheme of the open document, and operations sent without auth. */
import type { SchemeCredentials } from '../../../shared/auth/apply-auth';

export interface AuthState {
  readonly credentials: Readonly<Record<string, SchemeCredentials>>;
  /** Operation keys the person chose to send without credentials. */
  readonly withoutAuth: readonly string[];
}

export type AuthAction =
  | { readonly type: 'set'; readonly scheme: string; readonly patch: Partial<SchemeCredentials> }
  | { readonly type: 'without-auth'; readonly opKey: string; readonly on: boolean };

export const initialAuthState: AuthState = { credentials: {}, withoutAuth: [] };

/** The auth reducer. */
export function authReducer(state: AuthState, action: AuthAction): AuthState {
  switch (action.type) {
    case 'set':
      return { ...state, credentials: { ...state.credentials, [action.scheme]: { ...state.credentials[action.scheme], ...action.patch } } };
    case 'without-auth':
      return { ...state, withoutAuth: action.on ? [...new Set([...state.withoutAuth, action.opKey])] : state.withoutAuth.filter((k) => k !== action.opKey) };
  }
}
