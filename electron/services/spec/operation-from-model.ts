/**
 * One operation out of a whole model's JSON text, as the worker answers for a single operation:
 * the document with that operation alone. A click can reach the main process after it has sent the
 * model but before the page has read it (13 MB of JSON on its way); the click is then answered from
 * the model instead of refused.
 */
import type { JsonText } from '../../../shared/ipc/json-result';
import type { LoadedSpec } from '../../../shared/model/api-model';
import { isRecord } from '../../../shared/values/is-record';

/** The model `json` with only the operation or webhook `opKey`; undefined when it has none of that key. */
export function operationFromModel(json: JsonText<LoadedSpec>, opKey: string): JsonText<LoadedSpec> | undefined {
  const spec: unknown = JSON.parse(json);
  if (!isRecord(spec) || !isRecord(spec.model)) return undefined;
  const only = (list: unknown): unknown[] => (Array.isArray(list) ? list.filter((op) => isRecord(op) && op.key === opKey) : []);
  const operations = only(spec.model.operations);
  const webhooks = only(spec.model.webhooks);
  if (operations.length + webhooks.length === 0) return undefined;
  return JSON.stringify({ ...spec, model: { ...spec.model, operations, webhooks } });
}
