/**
 * Where {{variables}} get their values: named scopes (run captures, --var, the environment, a
 * folder, the collection), the highest first. One name resolves to the first non-empty value; an
 * empty value never hides another scope's value, and a name no scope holds is unresolved: it is
 * reported with where it could be set, never sent as typed.
 */
import type { Variable } from '../collections/format-v1';
import { substitute, type Environment } from '../environments/substitute';

export interface VariableScope {
  /** As a person names it: 'the environment "Dev"', 'the collection "Shop"', 'run captures'. */
  readonly label: string;
  /** undefined: the name is declared here without a value (a secret held elsewhere). */
  readonly values: Readonly<Record<string, string | undefined>>;
  /** Values of this scope to mask wherever the request is recorded or shown. */
  readonly secrets?: readonly string[];
  /** Named in a missing variable's message only while it holds something (run captures, which start empty). */
  readonly quiet?: boolean;
}

/** One unresolved {{name}}: where the request uses it, and the sentence that says so. */
export interface UnresolvedVariable {
  readonly name: string;
  /** "the URL", "header X-API-Key", "the body", "the auth"... */
  readonly places: readonly string[];
  readonly message: string;
}

/**
 * Where the app's one-click fill of a missing {{name}} puts its value: the active environment, or a
 * new one when none is active. A missing variable's message names this place, as its button does,
 * even when it was looked for in a collection too.
 */
export function fillTarget(env: Pick<Environment, 'name'> | undefined): string {
  return env === undefined ? 'a new environment' : `the environment "${env.name}"`;
}

/** The active environment as a scope (secret values it does not hold count as unset); none when no environment is active. */
export function environmentScope(env: Environment | undefined): VariableScope[] {
  if (env === undefined) return [];
  const values: Record<string, string | undefined> = {};
  for (const v of env.variables) {
    const name = v.name.trim();
    if (name === '') continue;
    // A later empty row never hides an earlier value of the same name.
    if (v.value !== '' || values[name] === undefined) values[name] = v.secret && v.value === '' ? undefined : v.value;
  }
  const secrets = env.variables.filter((v) => v.secret && v.value !== '').map((v) => v.value);
  return [{ label: `the environment "${env.name}"`, values, secrets }];
}

/** A collection's or folder's variables from its file (a secret one has no value on disk). */
export function fileVariablesScope(label: string, variables: readonly Variable[] | undefined): VariableScope {
  const values: Record<string, string | undefined> = {};
  for (const v of variables ?? []) {
    const value = v.secret === true && (v.value ?? '') === '' ? undefined : v.value;
    // The first of a name wins (a folder's rows come before its collection's), unless it holds nothing.
    if ((values[v.key] ?? '') === '') values[v.key] = value ?? values[v.key];
  }
  return { label, values };
}

/** Plain name -> value pairs as a scope (--var, run captures); a quiet one is named in messages only once it holds something. */
export function recordScope(label: string, values: Readonly<Record<string, string>>, quiet = false): VariableScope {
  return quiet ? { label, values, quiet } : { label, values };
}

/** Each name's value: the first scope (highest) with a non-empty value wins; empty counts only when no scope has more. */
export function mergeScopes(scopes: readonly VariableScope[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const scope of scopes) {
    for (const [name, value] of Object.entries(scope.values)) {
      if (value === undefined) continue;
      const held = out[name];
      if (held === undefined || (held === '' && value !== '')) out[name] = value;
    }
  }
  return out;
}

/** The secret values of every scope, to mask. */
export function scopeSecrets(scopes: readonly VariableScope[]): string[] {
  return [...new Set(scopes.flatMap((scope) => scope.secrets ?? []))];
}

/** "`{{token}}` (in header Authorization) has no value in the environment "Dev" or the collection "Shop" (set it in the environment "Dev")." */
export function unresolvedMessage(name: string, places: readonly string[], scopes: readonly VariableScope[], setIn?: string): string {
  const where = places.length > 0 ? ` (in ${joinWords(places, 'and')})` : '';
  const looked = scopes.filter((scope) => scope.quiet !== true || Object.keys(scope.values).length > 0).map((scope) => scope.label);
  const target = setIn ?? looked[0] ?? 'an environment';
  const within = looked.length > 0 ? ` in ${joinWords(looked, 'or')}` : ': no environment is active and the request has no variables';
  return `\`{{${name}}}\`${where} has no value${within} (set it in ${target}).`;
}

/**
 * Fills {{variables}} in texts and remembers every unresolved name with the places it was used,
 * so one request gets one list however many fields use a name.
 */
export class VariableFiller {
  readonly values: Readonly<Record<string, string>>;
  /** The same values as they go inside a JSON string literal. */
  private readonly escaped: Readonly<Record<string, string>>;
  private readonly missing = new Map<string, string[]>();

  constructor(values: Readonly<Record<string, string>>) {
    this.values = values;
    this.escaped = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, JSON.stringify(value).slice(1, -1)]));
  }

  /** `text` with each known {{name}} replaced; unknown ones stay as typed and are recorded against `place`. */
  fill(text: string, place: string): string {
    const result = substitute(text, this.values);
    for (const name of result.unknown) this.note(name, place);
    return result.text;
  }

  /** A JSON text: inside a string literal a value is JSON-escaped; a {{name}} standing alone goes in raw ({"id": {{id}}}). */
  fillJson(text: string, place: string): string {
    return text.replace(/("(?:[^"\\]|\\.)*")|\{\{[^{}]*\}\}/g, (whole, literal: string | undefined) => {
      if (literal === undefined) return this.fill(whole, place);
      const result = substitute(literal, this.escaped);
      for (const name of result.unknown) this.note(name, place);
      return result.text;
    });
  }

  /** The unresolved names in the order first met, each with its message. */
  unresolved(scopes: readonly VariableScope[], setIn?: string): UnresolvedVariable[] {
    return [...this.missing].map(([name, places]) => ({ name, places, message: unresolvedMessage(name, places, scopes, setIn) }));
  }

  private note(name: string, place: string): void {
    const places = this.missing.get(name) ?? [];
    if (!places.includes(place)) places.push(place);
    this.missing.set(name, places);
  }
}

function joinWords(words: readonly string[], last: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1) ?? ''}`;
}
