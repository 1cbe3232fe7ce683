/** Which operation of an open document a free-form request calls: its method, and its URL's path against each path template. */
import type { HttpMethod } from '../model/api-model';

export interface MatchableOperation {
  readonly key: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly webhook?: boolean;
}

/**
 * The operation `method url` calls, or undefined. The URL's origin and a leading {{variable}} (a base URL)
 * are set aside; when several templates match, the one with the fewest parameters (the most literal) wins.
 * `basePaths` are the servers' path prefixes ("/v1") that may come before the template.
 */
export function matchOperation<T extends MatchableOperation>(method: string, url: string, operations: readonly T[], basePaths: readonly string[] = []): T | undefined {
  const path = pathOf(url);
  if (path === undefined) return undefined;
  const candidates = [path, ...basePaths.filter((base) => base !== '' && base !== '/' && path.startsWith(base)).map((base) => path.slice(base.replace(/\/+$/, '').length) || '/')];
  let best: { op: T; params: number } | undefined;
  for (const op of operations) {
    if (op.webhook === true || op.method !== method.toUpperCase()) continue;
    const pattern = templatePattern(op.path);
    if (!candidates.some((candidate) => pattern.test(candidate))) continue;
    const params = (op.path.match(/\{[^{}]+\}/g) ?? []).length;
    if (best === undefined || params < best.params) best = { op, params };
  }
  return best?.op;
}

function pathOf(url: string): string | undefined {
  let rest = url.trim().split('#')[0]?.split('?')[0] ?? '';
  rest = rest.replace(/^\{\{[^{}]*\}\}/, '');
  rest = rest.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '');
  if (rest === '') return '/';
  return rest.startsWith('/') ? rest : undefined;
}

function templatePattern(template: string): RegExp {
  // A path value may itself be a {{variable}}: one segment either way.
  const body = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^{}]+\}/g, '[^/]+');
  return new RegExp(`^${body}/?$`);
}
