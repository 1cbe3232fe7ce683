/**
 * The check a request gets when it has no assertions of its own: its status must be a success,
 * as the linked operation declares it (2xx/3xx of the spec) or, without a spec, any 2xx/3xx.
 * So a run never passes over 401s and 404s just because nobody wrote a test.
 */
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
