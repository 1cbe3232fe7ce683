/** {{name}} variables of the active environment, filled into any text a request is built from. */

export interface EnvironmentVariable {
  readonly name: string;
  readonly value: string;
  /** Kept out of saved files, exports and logs; stored apart (see electron/services/environments). */
  readonly secret: boolean;
}

export interface Environment {
  readonly id: string;
  readonly name: string;
  readonly variables: readonly EnvironmentVariable[];
}

/** A {{name}} in text; a leading $ names a dynamic value ({{$guid}}), made fresh at each use. */
export const VARIABLE_PATTERN = /\{\{\s*(\$?[\w.-]+)\s*\}\}/g;

/** Where dynamic values come from: the system's by default, a fixed one in tests. */
export interface DynamicSource {
  readonly uuid: () => string;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  /** A number in [0, 1). */
  readonly random: () => number;
}

/** The system's clock and randomness (Web Crypto's UUIDs, present in Node 20 and every browser). */
export const systemDynamicSource: DynamicSource = {
  uuid: () => (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID?.() ?? uuidFrom(Math.random),
  now: () => Date.now(),
  random: () => Math.random(),
};

/**
 * Postman's dynamic variables that Roundtrip fills in: each use gets a fresh value, as in Postman.
 * $timestamp is in seconds and $randomInt between 0 and 1000, as Postman documents them.
 */
const DYNAMIC: Readonly<Record<string, (source: DynamicSource) => string>> = {
  $guid: (source) => source.uuid(),
  $randomUUID: (source) => source.uuid(),
  $timestamp: (source) => String(Math.floor(source.now() / 1000)),
  $isoTimestamp: (source) => new Date(source.now()).toISOString(),
  $randomInt: (source) => String(Math.floor(source.random() * 1001)),
};

/** The dynamic variable names Roundtrip knows ("$guid", ...). */
export const DYNAMIC_VARIABLES: readonly string[] = Object.keys(DYNAMIC);

/** The variables as a name -> value map (later duplicates win, as in a .env file). */
export function variableMap(env: Environment | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of env?.variables ?? []) if (v.name.trim() !== '') out[v.name.trim()] = v.value;
  return out;
}

/** Replaces each {{name}} with its value, and each {{$dynamic}} with a fresh one; unknown names stay as typed and are listed. */
export function substitute(text: string, variables: Readonly<Record<string, string>>, dynamic: DynamicSource = systemDynamicSource): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const out = text.replace(VARIABLE_PATTERN, (whole, name: string) => {
    if (Object.prototype.hasOwnProperty.call(variables, name)) return variables[name] ?? '';
    const make = Object.prototype.hasOwnProperty.call(DYNAMIC, name) ? DYNAMIC[name] : undefined;
    if (make) return make(dynamic);
    unknown.push(name);
    return whole;
  });
  return { text: out, unknown };
}

/** The values of secret variables, to mask wherever a request is shown or copied. */
export function secretValues(env: Environment | undefined): string[] {
  return (env?.variables ?? []).filter((v) => v.secret && v.value !== '').map((v) => v.value);
}

/** The environment as it may be written to a file or export: secret values left out. */
export function withoutSecrets(env: Environment): Environment {
  return { ...env, variables: env.variables.map((v) => (v.secret ? { ...v, value: '' } : v)) };
}

// A version 4 UUID from `random`, for a runtime without Web Crypto.
function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16));
  hex[12] = 4;
  hex[16] = ((hex[16] ?? 0) & 0x3) | 0x8;
  const text = hex.map((n) => n.toString(16)).join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
