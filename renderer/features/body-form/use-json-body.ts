/** The JSON body as text (the one source of truth) and as a value the form edits, kept in step both ways. */
import { useMemo, useRef } from 'react';
import type { JsonSchema } from '../../../shared/model/api-model';
import { moveItem, removeAt, renameKey, setAt, type JsonPath } from '../../../shared/schema-form/json-path';
import { parseJsonWithVariables, stringifyWithVariables, variablePaths } from '../../../shared/schema-form/json-placeholders';
import { pathLabel, validateJson, type JsonProblem } from '../../../shared/schema-form/validate-json';
import type { BodyFormApi } from './body-form-context';

export interface JsonBody {
  /** The parsed text; undefined for an empty text. */
  readonly value: unknown;
  /** Why the text is not JSON, when it is not. */
  readonly parseError?: string;
  readonly problems: readonly JsonProblem[];
  readonly form: BodyFormApi;
}

/** Schema problems, less those at a place that holds a `{{variable}}`: its value is only known when sent. */
function problemsOf(schema: JsonSchema, value: unknown, defs: Readonly<Record<string, JsonSchema>>): JsonProblem[] {
  const variables = new Set(variablePaths(value).map((path) => pathLabel(path)));
  const problems = validateJson(schema, value, defs);
  return variables.size === 0 ? problems : problems.filter((p) => !variables.has(p.at));
}

/** Reads `text` against `schema`; form edits write pretty JSON back through `onText`. */
export function useJsonBody(text: string, onText: (text: string) => void, schema: JsonSchema | undefined, defs: Readonly<Record<string, JsonSchema>>, example?: unknown): JsonBody {
  const parsed = useMemo(() => parseJsonWithVariables(text), [text]);
  // The last text that parsed, so an unfinished raw edit leaves the form showing something, read-only.
  const lastGood = useRef<unknown>(undefined);
  if (parsed.error === undefined) lastGood.current = parsed.value;
  const value = parsed.error === undefined ? parsed.value : lastGood.current;

  const problems = useMemo(() => (schema === undefined || parsed.error !== undefined || parsed.value === undefined ? [] : problemsOf(schema, parsed.value, defs)), [schema, parsed, defs]);

  const form = useMemo((): BodyFormApi => {
    const write = (next: unknown): void => onText(next === undefined ? '' : stringifyWithVariables(next));
    const problemsAt = new Map<string, string[]>();
    for (const p of problems) problemsAt.set(p.at, [...(problemsAt.get(p.at) ?? []), p.message]);
    return {
      defs,
      readOnly: parsed.error !== undefined,
      set: (path: JsonPath, v: unknown) => write(setAt(value, path, v)),
      remove: (path: JsonPath) => write(path.length === 0 ? undefined : removeAt(value, path)),
      move: (path: JsonPath, delta: number) => write(moveItem(value, path, delta)),
      rename: (path: JsonPath, key: string) => write(renameKey(value, path, key)),
      problemsAt,
      example,
    };
  }, [defs, parsed.error, value, problems, onText, example]);

  return parsed.error === undefined ? { value, problems, form } : { value, parseError: parsed.error, problems, form };
}
