/**
 * Which operation a followed redirect's final answer belongs to. The document describes each
 * path's own answer: GET /old-books answers 307, and that 307 is what GET /old-books declares.
 * When the redirect is followed, the final answer is the target's: it is judged by the operation
 * of the same document whose path template the target URL matches (same origin, same base path,
 * same method as the last hop), and by no operation when none matches. Response validation, the
 * runner's implicit status check and verify all ask this one function.
 */

/** An operation as a route: its method and path template. */
export interface Route {
  readonly method: string;
  readonly path: string;
}

/** One redirect followed on the way (RedirectHop's fields this rule reads). */
export interface FollowedHop {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly location: string;
}

/** The final answer's place: where it came from and the redirects followed to get there. */
export interface AnswerPlace {
  readonly url: string;
  readonly method: string;
  readonly redirects?: readonly FollowedHop[];
}

export type AnswerOwner<R extends Route> =
  /** No redirect left the operation: its own responses judge the answer. */
  | { readonly kind: 'own' }
  /** A redirect (`leaving`, the operation's own answer) led to another operation of the document. */
  | { readonly kind: 'target'; readonly leaving: FollowedHop; readonly target: R; readonly finalUrl: string }
  /** A redirect led where no operation of the document answers: the final answer is judged by none. */
  | { readonly kind: 'elsewhere'; readonly leaving: FollowedHop; readonly finalUrl: string };

function segments(path: string): string[] {
  return path.split('/').slice(1);
}

function isParameter(segment: string): boolean {
  return /^\{[^{}/]+\}$/.test(segment);
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** How well `urlSegments` fit `template`: the number of literal segments, or -1 when they do not fit. */
function fit(template: string, urlSegments: readonly string[]): number {
  const parts = segments(template);
  if (parts.length !== urlSegments.length) return -1;
  let literal = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const actual = urlSegments[i] ?? '';
    if (isParameter(part)) {
      if (actual === '') return -1;
    } else if (decoded(actual) !== part) return -1;
    else literal++;
  }
  return literal;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The segments of `url` under the base the request was sent to, or undefined when it left that base (or origin). */
function underBase(url: string, origin: string, base: readonly string[]): string[] | undefined {
  const parsed = parse(url);
  if (parsed === undefined || parsed.origin !== origin) return undefined;
  const all = segments(parsed.pathname);
  if (all.length < base.length || base.some((segment, i) => all[i] !== segment)) return undefined;
  return all.slice(base.length);
}

/** The route of `routes` that `url` and `method` reach, the most literal first (/books/new before /books/{id}). */
export function matchRoute<R extends Route>(routes: readonly R[], method: string, under: readonly string[]): R | undefined {
  let best: R | undefined;
  let bestFit = -1;
  for (const route of routes) {
    if (route.method.toUpperCase() !== method.toUpperCase()) continue;
    const score = fit(route.path, under);
    if (score > bestFit) {
      best = route;
      bestFit = score;
    }
  }
  return best;
}

/** The operation the final answer of a request for `own` belongs to, among the document's `routes`. */
export function answerOwner<R extends Route>(own: Route, routes: readonly R[], answer: AnswerPlace): AnswerOwner<R> {
  const hops = answer.redirects ?? [];
  const first = hops[0];
  if (first === undefined) return { kind: 'own' };
  const sent = parse(first.url);
  if (sent === undefined) return { kind: 'own' };
  // The base the request went to: its path without the segments the operation's template fills.
  const sentSegments = segments(sent.pathname);
  const base = sentSegments.slice(0, Math.max(0, sentSegments.length - segments(own.path).length));
  const isOwn = (url: string, method: string): boolean => {
    const under = underBase(url, sent.origin, base);
    return under !== undefined && method.toUpperCase() === own.method.toUpperCase() && fit(own.path, under) >= 0;
  };
  // Redirects that stay on the operation (a canonical host, a query added) are transport: the first one that leaves is its answer.
  const places = [...hops.map((hop) => ({ url: hop.url, method: hop.method })), { url: answer.url, method: answer.method }];
  const leavingAt = hops.findIndex((_, i) => !isOwn(places[i + 1]?.url ?? '', places[i + 1]?.method ?? ''));
  const leaving = hops[leavingAt];
  if (leaving === undefined) return { kind: 'own' };
  const under = underBase(answer.url, sent.origin, base);
  const target = under === undefined ? undefined : matchRoute(routes, answer.method, under);
  return target === undefined ? { kind: 'elsewhere', leaving, finalUrl: answer.url } : { kind: 'target', leaving, target, finalUrl: answer.url };
}

/** "307 to /books": a redirect as a message names it. */
export function describeRedirect(hop: FollowedHop): string {
  return `${hop.status} redirect to ${hop.location}`;
}
