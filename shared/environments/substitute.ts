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

const VARIABLE = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** The variables as a name -> value map (later duplicates win, as in a .env file). */
export function variableMap(env: Environment | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of env?.variables ?? []) if (v.name.trim() !== '') out[v.name.trim()] = v.value;
  return out;
}

/** Replaces each {{name}} with its value; unknown names stay as typed and are listed. */
export function substitute(text: string, variables: Readonly<Record<string, string>>): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const out = text.replace(VARIABLE, (whole, name: string) => {
    if (Object.prototype.hasOwnProperty.call(variables, name)) return variables[name] ?? '';
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
