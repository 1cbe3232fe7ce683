/** What every field of one body form needs: the schema definitions, the edits, and the problems by place. */
import { createContext, useContext } from 'react';
import type { JsonSchema } from '../../../shared/model/api-model';
import type { JsonPath } from '../../../shared/schema-form/json-path';

export interface BodyFormApi {
  readonly defs: Readonly<Record<string, JsonSchema>>;
  /** The raw text is not valid JSON: the form shows the last good value and takes no edits. */
  readonly readOnly: boolean;
  readonly set: (path: JsonPath, value: unknown) => void;
  readonly remove: (path: JsonPath) => void;
  readonly move: (path: JsonPath, delta: number) => void;
  readonly rename: (path: JsonPath, key: string) => void;
  /** Messages by "$.a[0]" place. */
  readonly problemsAt: ReadonlyMap<string, readonly string[]>;
  /** The whole example body (the media type's, else one made from the schema): unset fields show its values as placeholders. */
  readonly example?: unknown;
}

export const BodyFormContext = createContext<BodyFormApi | undefined>(undefined);

/** The body form's shared state; only used under a BodyFormContext provider. */
export function useBodyForm(): BodyFormApi {
  const api = useContext(BodyFormContext);
  if (api === undefined) throw new Error('useBodyForm is used outside a JsonBodyEditor: wrap the field in BodyFormContext.');
  return api;
}
