/**
 * A short digest of what a saved request depends on in its operation (method, path, parameters
 * and whether they are required, body media types). When the spec changes any of it, the saved
 * request's stored signature no longer matches and the collection says so.
 */
import type { OperationModel } from '../model/api-model';

export type SignedOperation = Pick<OperationModel, 'method' | 'path' | 'parameters' | 'requestBody'>;

/** The digest of `op` (8 hex digits, FNV-1a over a canonical description). */
export function operationSignature(op: SignedOperation): string {
  const shape = [
    op.method,
    op.path,
    ...op.parameters.map((p) => `${p.in}:${p.name}:${p.required ? 'required' : 'optional'}`).sort(),
    `body:${op.requestBody?.required === true ? 'required' : 'optional'}:${(op.requestBody?.content ?? []).map((m) => m.mediaType).sort().join(',')}`,
  ].join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < shape.length; i += 1) {
    hash ^= shape.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
