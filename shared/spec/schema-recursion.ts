/** Which recursive schemas a given schema reaches, so an operation can say its body nests itself. */
import type { JsonSchema } from '../model/api-model';
import { collectRefs, findRecursiveDefs } from './find-recursive-defs';

function refsOf(schema: unknown): string[] {
  const out = new Set<string>();
  collectRefs(schema, out);
  return [...out];
}

/**
 * The schema defs `schema` reaches through `$ref`s that lie on a `$ref` cycle (the ones ApiModel.recursiveDefs
 * lists), in pointer order. Only the defs the schema reaches are walked, so this stays cheap on a large document.
 */
export function recursiveDefsReachedFrom(schema: JsonSchema | undefined, defs: Readonly<Record<string, JsonSchema>>): string[] {
  if (schema === undefined) return [];
  const reached: Record<string, JsonSchema> = {};
  const queue = refsOf(schema);
  while (queue.length > 0) {
    const ref = queue.pop();
    if (ref === undefined || Object.prototype.hasOwnProperty.call(reached, ref)) continue;
    const target = Object.prototype.hasOwnProperty.call(defs, ref) ? defs[ref] : undefined;
    if (target === undefined) continue;
    reached[ref] = target;
    queue.push(...refsOf(target));
  }
  // A cycle through a reached def lies wholly among the reached defs, so the subset answers exactly.
  return findRecursiveDefs(reached).sort();
}
