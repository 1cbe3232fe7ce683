/**
 * Credentials typed for each document, kept in this window's memory only (never written to disk),
 * so that reopening or reloading the same document does not ask for them again.
 */
import type { LoadedSpec } from '../../../shared/model/api-model';
import type { AuthState } from './auth-store';

const remembered = new Map<string, AuthState>();

/** Which document this is, across reopenings: where it came from (pasted text also by its title). */
export function documentKey(spec: Pick<LoadedSpec, 'origin' | 'model'>): string {
  const { kind, location } = spec.origin;
  return kind === 'text' ? `text:${location}:${spec.model.title}` : `${kind}:${location}`;
}

/** What was typed for the document last time it was open, if anything. */
export function rememberedAuth(key: string): AuthState | undefined {
  return remembered.get(key);
}

/** Keeps what is typed now for the next time the document opens in this window. */
export function rememberAuth(key: string, state: AuthState): void {
  remembered.set(key, state);
}
