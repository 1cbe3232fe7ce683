/**
 * Brings a saved request in line with its operation after the spec changed, keeping the user's
 * values: path and query values are carried over by name, newly required parameters get the
 * spec's example, parameters the operation dropped are left out, headers and body stay.
 */
import type { JsonSchema, OperationModel } from '../model/api-model';
import { paramKey } from '../request/build-request';
import { encodeKeepingVariables } from '../request/url-query';
import { exampleFromSchema } from '../schema/example-from-schema';
import type { SavedRequest } from './format-v1';
import { formValuesFromSaved } from './form-values';
import { operationSignature } from './operation-signature';
import { paramFills } from './param-fills';

/** The updated request; the URL keeps its {{baseUrl}} (or literal) prefix. */
export function updateFromSpec(saved: SavedRequest, op: OperationModel, defs: Readonly<Record<string, JsonSchema>>): SavedRequest {
  const values = formValuesFromSaved(saved, op);
  const valueOf = (p: OperationModel['parameters'][number]): string | undefined => values.params[paramKey(p)] ?? (p.required ? textOf(p.example ?? exampleFromSchema(p.schema, defs)) : undefined);
  const prefix = /^\{\{\s*baseUrl\s*\}\}/.exec(saved.url)?.[0] ?? /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(saved.url)?.[0] ?? '';
  const path = op.path.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
    const value = param ? valueOf(param) : undefined;
    return value === undefined ? whole : encodeKeepingVariables(value);
  });
  const query = op.parameters
    .filter((p) => p.in === 'query')
    .flatMap((p) => {
      const value = valueOf(p);
      return value === undefined ? [] : [`${encodeURIComponent(p.name)}=${encodeKeepingVariables(value)}`];
    });
  const headers = [...saved.headers];
  for (const p of op.parameters.filter((q) => q.in === 'header' && q.required)) {
    if (!headers.some((h) => h.name.toLowerCase() === p.name.toLowerCase())) headers.push({ name: p.name, value: valueOf(p) ?? '' });
  }
  const url = `${prefix}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  // How a run fills the variables left in place (arrays, allowReserved), as a save from the form says it.
  const params = paramFills(op.parameters, url, headers);
  return {
    ...saved,
    method: op.method,
    url,
    headers,
    operation: { key: op.key, ...(op.operationId ? { operationId: op.operationId } : {}), signature: operationSignature(op, defs), ...(params.length > 0 ? { params } : {}) },
  };
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value as number | boolean);
}
