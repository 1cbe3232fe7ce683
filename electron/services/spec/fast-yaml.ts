/**
 * A fast path for the common YAML document: js-yaml builds the value about five times faster than
 * the `yaml` package, which stays the reference. It is used only where both give the same value:
 * no anchors (so no aliases, hence no alias bombs: those stay with `yaml`'s alias limits), no
 * directives (`%YAML 1.1` changes the schema), no null or collection keys (both read from the
 * loader's own state, not guessed from the text), and a schema that resolves plain scalars exactly
 * as YAML 1.2's core schema does in `yaml` (js-yaml's own core schema also reads `1_000` and
 * `0b1` as numbers). Anything js-yaml refuses (syntax errors, tags, several documents) returns
 * undefined, and the caller parses with `yaml`, which gives the error with its line and column.
 */
import jsYaml from 'js-yaml';

// YAML 1.2 core schema, as the `yaml` package resolves plain scalars (yaml/dist/schema/core).
const INT = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

const intType = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && (INT.test(data) || INT_OCT.test(data) || INT_HEX.test(data)),
  construct: (data: string) => (INT_OCT.test(data) ? parseInt(data.slice(2), 8) : INT_HEX.test(data) ? parseInt(data.slice(2), 16) : Number(data)),
});

const floatType = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && (FLOAT.test(data) || FLOAT_EXP.test(data) || FLOAT_SPECIAL.test(data)),
  construct: (data: string) => {
    if (!FLOAT_SPECIAL.test(data)) return parseFloat(data);
    if (/nan$/i.test(data)) return NaN;
    return data.startsWith('-') ? -Infinity : Infinity;
  },
});

// null and bool in js-yaml accept exactly YAML 1.2 core's spellings (~, null, Null, NULL, empty; true, True, TRUE…).
const schema = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [jsYaml.types.null, jsYaml.types.bool, intType, floatType] });

interface LoaderState {
  readonly input: string;
  readonly position: number;
  readonly result: unknown;
  readonly version: string | null;
  readonly tagMap: object;
  readonly anchorMap: object;
}

/** True when the text after `position` (spaces, line breaks and comments skipped) starts with ':'. */
function colonFollows(input: string, position: number): boolean {
  let index = position;
  while (index < input.length) {
    const char = input.charCodeAt(index);
    if (char === 0x20 || char === 0x09 || char === 0x0a || char === 0x0d) index += 1;
    else if (char === 0x23) while (index < input.length && input.charCodeAt(index) !== 0x0a) index += 1;
    else return char === 0x3a;
  }
  return false;
}

/** The document's value when the fast path applies and succeeds; undefined means "parse with `yaml`". */
export function fastYamlValue(text: string): unknown {
  let state: LoaderState | undefined;
  let oddKey = false;
  const listener = (event: 'open' | 'close', current: LoaderState): void => {
    state ??= current;
    // A node followed by ':' is a key: `yaml` and js-yaml stringify null keys ("" versus "null")
    // and collection keys differently, so such documents go to `yaml`.
    if (event === 'close' && !oddKey && (current.result === null || typeof current.result === 'object')) oddKey = colonFollows(current.input, current.position);
  };
  let value: unknown;
  try {
    // json: true lets a repeated key overwrite the earlier one, as `yaml` does with uniqueKeys off.
    value = jsYaml.load(text, { schema, json: true, listener });
  } catch {
    return undefined;
  }
  if (state === undefined || oddKey) return undefined;
  // Any anchor (hence any alias), or a directive (`%YAML 1.1` changes the schema): `yaml` decides, with its alias limits.
  if (Object.keys(state.anchorMap).length > 0 || state.version !== null || Object.keys(state.tagMap).length > 0) return undefined;
  return value;
}
