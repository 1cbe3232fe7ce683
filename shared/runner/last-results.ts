/**
 * The Tests tab's inline results: each assertion and capture of a request judged against the
 * answer the editor last received, with the value it found there, the way the runner judges them.
 */
import type { ResponseSnapshot } from '../request/request-model';
import type { Assertion } from './assertion-model';
import { fillAssertion, runCaptures } from './captures';
import { evaluateAssertion, type ObservedResponse } from './evaluate-assertion';
import { selectJson } from './json-path';
import { readAssertion, readCapture } from './read-checks';
import type { SavedCheck } from './test-edits';

/** One item's result: passed or failed with what was found, or not judged here (and why). */
export type LastResult = { readonly state: 'passed' | 'failed'; readonly actual?: string; readonly message?: string } | { readonly state: 'not-run'; readonly message: string };

/** What the runner reads of an answer, from the snapshot the editor shows. */
export function observedFrom(response: ResponseSnapshot): ObservedResponse {
  return {
    status: response.status,
    headers: response.headers,
    ...(response.body.kind === 'text' && !response.body.truncated ? { bodyText: response.body.text } : {}),
    timeMs: response.timeMs,
    ...(response.validation ? { validation: response.validation } : {}),
  };
}

/** Each assertion of `assertions` judged against `observed`; `variables` fill their {{names}}. */
export function judgeAssertions(assertions: readonly SavedCheck[], observed: ObservedResponse, variables: Readonly<Record<string, string>> = {}): LastResult[] {
  return assertions.map((raw): LastResult => {
    const read = readAssertion(raw);
    if (!read.ok) return { state: 'not-run', message: `not valid: ${read.message}` };
    const assertion = fillAssertion(read.assertion, variables);
    if (assertion.type === 'idempotent') return { state: 'not-run', message: 'checked in runs only (the Runner, roundtrip run): it sends the request twice more' };
    if (assertion.type === 'conforms' && observed.validation === undefined) return { state: 'not-run', message: 'this answer was not checked against a spec (the request is not linked to an operation of the open document)' };
    const result = evaluateAssertion(assertion, observed);
    const actual = actualValue(assertion, observed);
    return { state: result.passed ? 'passed' : 'failed', ...(actual === undefined ? {} : { actual }), ...(result.message === undefined ? {} : { message: result.message }) };
  });
}

/** Each capture of `captures` read from `observed`: the value it would set, or why it cannot. */
export function judgeCaptures(captures: readonly SavedCheck[], observed: ObservedResponse): LastResult[] {
  return captures.map((raw): LastResult => {
    const read = readCapture(raw);
    if (!read.ok) return { state: 'not-run', message: `not valid: ${read.message}` };
    const [result] = runCaptures([read.capture], observed);
    if (result === undefined) return { state: 'not-run', message: 'nothing to read' };
    return result.ok ? { state: 'passed', actual: preview(result.value) } : { state: 'failed', message: result.message };
  });
}

/** What the answer holds where `assertion` looks, as short text (absent when there is nothing to show). */
export function actualValue(assertion: Assertion, observed: ObservedResponse): string | undefined {
  switch (assertion.type) {
    case 'status':
    case 'status-in':
    case 'status-range':
      return String(observed.status);
    case 'header': {
      const values = observed.headers.filter((h) => h.name.toLowerCase() === assertion.name.toLowerCase()).map((h) => h.value);
      return values.length === 0 ? 'no such header' : preview(values.join(', '));
    }
    case 'json': {
      try {
        const found = selectJson(JSON.parse(observed.bodyText ?? '') as unknown, assertion.path);
        if (found.length === 0) return 'nothing there';
        return preview(JSON.stringify(found.length === 1 ? found[0] : found));
      } catch {
        return undefined;
      }
    }
    case 'body':
      return observed.bodyText === undefined ? 'no body' : preview(JSON.stringify(observed.bodyText));
    case 'response-time':
      return `${observed.timeMs} ms`;
    case 'conforms':
      return observed.validation === undefined ? undefined : observed.validation.conforms ? 'conforms' : `${observed.validation.violations.length} violation${observed.validation.violations.length === 1 ? '' : 's'}`;
    case 'idempotent':
      return undefined;
  }
}

function preview(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
