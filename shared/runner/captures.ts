/** Captured values: read from a response into the run's variables, for {{name}} in later steps. */
import type { Assertion, Capture } from './assertion-model';
import type { ObservedResponse } from './evaluate-assertion';
import { substitute } from '../environments/substitute';
import { selectJson } from './json-path';

export type CaptureResult = { readonly name: string; readonly ok: true; readonly value: string } | { readonly name: string; readonly ok: false; readonly message: string };

/** Reads each capture; a value that cannot be read is reported (and leaves the variable unset). */
export function runCaptures(captures: readonly Capture[], response: ObservedResponse): CaptureResult[] {
  let parsed: { doc: unknown } | undefined;
  const body = (): { doc: unknown } | string => {
    if (parsed) return parsed;
    try {
      parsed = { doc: JSON.parse(response.bodyText ?? '') as unknown };
      return parsed;
    } catch {
      return 'the body is not JSON';
    }
  };
  return captures.map((capture): CaptureResult => {
    if (capture.from === 'status') return { name: capture.name, ok: true, value: String(response.status) };
    if (capture.from === 'header') {
      const header = response.headers.find((h) => h.name.toLowerCase() === (capture.path ?? '').toLowerCase());
      return header ? { name: capture.name, ok: true, value: header.value } : { name: capture.name, ok: false, message: `expected a ${capture.path ?? ''} header to capture into ${capture.name}, got none` };
    }
    const read = body();
    if (typeof read === 'string') return { name: capture.name, ok: false, message: `expected a JSON body to capture ${capture.path ?? ''} into ${capture.name}, got ${read === '' ? 'none' : 'text that is not JSON'}` };
    let found: unknown[];
    try {
      found = selectJson(read.doc, capture.path ?? '');
    } catch (error) {
      return { name: capture.name, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    const value = found[0];
    if (found.length === 0 || value === undefined) return { name: capture.name, ok: false, message: `expected a value at ${capture.path ?? ''} to capture into ${capture.name}, got nothing there` };
    return { name: capture.name, ok: true, value: typeof value === 'string' ? value : JSON.stringify(value) };
  });
}

/** True when `assertion` has a {{name}} to fill: most have none, and need no variables merged for them. */
export function assertionHasVariables(assertion: Assertion): boolean {
  switch (assertion.type) {
    case 'header':
      return assertion.value?.includes('{{') === true;
    case 'json':
      return assertion.path.includes('{{') || (typeof assertion.value === 'string' && assertion.value.includes('{{'));
    case 'body':
      return assertion.value.includes('{{');
    default:
      return false;
  }
}

/** The assertion with {{variables}} filled into its text values (a header value, an expected string). */
export function fillAssertion(assertion: Assertion, variables: Readonly<Record<string, string>>): Assertion {
  const fill = (text: string): string => substitute(text, variables).text;
  switch (assertion.type) {
    case 'header':
      return { ...assertion, ...(assertion.value === undefined ? {} : { value: fill(assertion.value) }) };
    case 'json':
      return { ...assertion, path: fill(assertion.path), ...(typeof assertion.value === 'string' ? { value: fill(assertion.value) } : {}) };
    case 'body':
      return { ...assertion, value: fill(assertion.value) };
    default:
      return assertion;
  }
}
