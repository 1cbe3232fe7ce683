/**
 * The check a request gets when it has no assertions of its own: its status must be a success,
 * as the linked operation declares it (2xx/3xx of the spec) or, without a spec, any 2xx/3xx.
 * So a run never passes over 401s and 404s just because nobody wrote a test.
 */
import { answerOwner, describeRedirect, type AnswerPlace, type Route } from '../response/answer-owner';
import type { AssertionResult } from './evaluate-assertion';

const SUCCESS = /^[23](\d\d|XX)$/i;

/** The implicit status check for `status`; `declared` are the response keys of the linked operation ("200", "2XX", "default"). */
export function implicitStatusCheck(status: number, declared?: readonly string[]): AssertionResult {
  const successes = (declared ?? []).filter((key) => SUCCESS.test(key));
  if (successes.length === 0) {
    const name = 'implicit: status is 2xx or 3xx';
    return status >= 200 && status < 400 ? { name, passed: true, implicit: true } : { name, passed: false, implicit: true, message: `expected a 2xx or 3xx status, got ${status} (the request has no assertions, so only its status is checked)` };
  }
  const list = successes.join(', ');
  const name = `implicit: status is a success the spec declares (${list})`;
  const text = String(status);
  const matches = successes.some((key) => key.toUpperCase() === text || (key[1]?.toUpperCase() === 'X' && key[0] === text[0]));
  return matches ? { name, passed: true, implicit: true } : { name, passed: false, implicit: true, message: `expected a success status the spec declares (${list}), got ${status} (the request has no assertions, so only its status is checked)` };
}

/** The operation a request is linked to, and the document's operations (as routes with their response keys). */
export interface ImplicitLink {
  readonly op: Route & { readonly responses: readonly { readonly status: string }[] };
  readonly routes: readonly (Route & { readonly responses: readonly { readonly status: string }[] })[];
}

/**
 * The implicit check of an answer after the redirects it followed (answer-owner's rule): a redirect
 * that left the linked operation is that operation's answer and must be a success it declares; the
 * final answer is checked against the operation it came from, or as any 2xx/3xx when none.
 */
export function implicitAnswerCheck(answer: AnswerPlace & { readonly status: number }, link?: ImplicitLink): AssertionResult {
  if (link === undefined) return implicitStatusCheck(answer.status);
  const statuses = (op: ImplicitLink['op']): string[] => op.responses.map((r) => r.status);
  const owner = answerOwner(link.op, link.routes, answer);
  if (owner.kind === 'own') return implicitStatusCheck(answer.status, statuses(link.op));
  const redirect = describeRedirect(owner.leaving);
  const leaving = implicitStatusCheck(owner.leaving.status, statuses(link.op));
  if (!leaving.passed) return { ...leaving, message: `${link.op.method} ${link.op.path} answered a ${redirect}: ${leaving.message ?? ''}` };
  const final = owner.kind === 'target' ? implicitStatusCheck(answer.status, statuses(owner.target)) : implicitStatusCheck(answer.status);
  const where = owner.kind === 'target' ? `${owner.target.method} ${owner.target.path}` : owner.finalUrl;
  const name = `${final.name}, from ${where} after the ${redirect}`;
  return final.passed ? { ...final, name } : { ...final, name, message: `${final.message ?? ''}; the answer came from ${where} after the ${redirect}` };
}
