/**
 * A step's status as reports show it. A followed redirect shows the request's own answer first, then
 * where it led: "303 -> GET /orders/1 200", so a POST answered 303 is not read as a POST answered 200.
 */
import type { StepResult } from './run-result';

/** "201", "-" when nothing came back, or "303 -> GET /orders/1 200" after redirects. */
export function stepStatusText(result: Pick<StepResult, 'status' | 'url' | 'redirected'>): string {
  const status = result.status === undefined ? '-' : String(result.status);
  const redirected = result.redirected;
  if (redirected === undefined || redirected.statuses.length === 0) return status;
  return `${redirected.statuses.join(' -> ')} -> ${redirected.method} ${shortUrl(redirected.url, result.url)} ${status}`;
}

/** `url` as a path when it stays on the origin of `from`, whole when it left it. */
function shortUrl(url: string, from: string): string {
  try {
    const target = new URL(url);
    return target.origin === new URL(from).origin ? `${target.pathname}${target.search}` : url;
  } catch {
    return url;
  }
}
