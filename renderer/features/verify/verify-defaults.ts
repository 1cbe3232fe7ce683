/** Where a Verify run starts from: the document's server as the editor resolves it, with the active environment's variables. */
import type { LoadedSpec } from '../../../shared/model/api-model';
import { substitute } from '../../../shared/environments/substitute';
import { resolveServerUrl } from '../../../shared/request/resolve-server-url';

/** The base URL verify targets unless the user edits it; empty when the document gives no absolute one. */
export function defaultBaseUrl(spec: LoadedSpec, variables: Readonly<Record<string, string>>): string {
  const server = spec.model.servers[0];
  let url = server === undefined ? '' : resolveServerUrl(server, {}, spec.origin);
  if (server === undefined && spec.origin.kind === 'url') {
    try {
      url = new URL('/', spec.origin.location).href;
    } catch {
      url = '';
    }
  }
  url = substitute(url, variables).text.replace(/\/+$/, '');
  return /^https?:\/\//i.test(url) ? url : '';
}

/** The key an operation is chosen by, as the CLI's --operation: "GET /items/{id}". */
export function operationKey(op: { readonly method: string; readonly path: string }): string {
  return `${op.method} ${op.path}`;
}
