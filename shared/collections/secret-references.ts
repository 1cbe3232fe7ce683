/** The secret values the editor knows (secret environment variables, typed credentials) and the names they are saved as. */
import type { SchemeCredentials } from '../auth/apply-auth';
import { substitute, variableMap, type Environment } from '../environments/substitute';
import { isReference, type SecretReference } from './secrets';

const SECRET_FIELDS = ['apiKey', 'password', 'token', 'clientSecret'] as const;

/**
 * Each secret of the active environment under its own name, and each credential typed for a
 * security scheme: one typed as {{name}} keeps that name, a literal one is saved as {{scheme.field}}.
 */
export function secretReferences(env: Environment | undefined, credentials: Readonly<Record<string, SchemeCredentials>>): SecretReference[] {
  const variables = variableMap(env);
  const out: SecretReference[] = (env?.variables ?? []).filter((v) => v.secret && v.value !== '').map((v) => ({ value: v.value, name: v.name.trim() }));
  for (const [scheme, given] of Object.entries(credentials)) {
    for (const field of SECRET_FIELDS) {
      const raw = given[field];
      if (raw === undefined || raw === '') continue;
      const value = substitute(raw, variables).text;
      const name = isReference(raw) ? raw.trim().slice(2, -2).trim() : `${scheme}.${field}`;
      if (value !== '' && !out.some((known) => known.value === value)) out.push({ value, name });
    }
  }
  return out;
}

/** The names in `needed` that the environment does not hold a value for (what the person must add). */
export function missingSecrets(needed: readonly string[], env: Environment | undefined): string[] {
  const variables = variableMap(env);
  return needed.filter((name) => (variables[name] ?? '') === '');
}
