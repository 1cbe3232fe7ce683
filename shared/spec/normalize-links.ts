/** A response's `links` map (OpenAPI 3.x), refs resolved, parameters kept when they are text (expressions or constants). */
import type { ResponseLinkModel } from '../model/api-model';
import type { NormalizeContext } from './normalize-context';
import { resolveRef, stringField, warn } from './normalize-context';
import { isRecord } from '../values/is-record';
import { childPointer } from './resolve-pointer';

/** The links of one response, in document order. */
export function normalizeLinks(ctx: NormalizeContext, raw: unknown, pointer: string): ResponseLinkModel[] {
  if (raw === undefined) return [];
  if (!isRecord(raw)) {
    warn(ctx, `Ignored the links at ${pointer}: they are not an object keyed by link name.`, pointer);
    return [];
  }
  const out: ResponseLinkModel[] = [];
  for (const [name, value] of Object.entries(raw)) {
    const resolved = resolveRef(ctx, value, childPointer(pointer, name));
    if (resolved === undefined) continue;
    const operationId = stringField(resolved.value, 'operationId');
    const operationRef = stringField(resolved.value, 'operationRef');
    if (operationId === undefined && operationRef === undefined) continue;
    const rawParameters = isRecord(resolved.value.parameters) ? resolved.value.parameters : {};
    const parameters: Record<string, string> = {};
    for (const [parameter, expression] of Object.entries(rawParameters)) {
      if (typeof expression === 'string' || typeof expression === 'number') parameters[parameter] = String(expression);
    }
    out.push({ name, ...(operationId === undefined ? {} : { operationId }), ...(operationRef === undefined ? {} : { operationRef }), parameters });
  }
  return out;
}
