/**
 * Why a request verify meant as valid was refused, in the words of the answer itself: the field
 * errors a 4xx lists (FastAPI's `detail[].loc`/`msg`, RFC 9457 `errors`), and the patterns verify
 * could not draw text for (then the value it sent may be what broke the rule).
 */
import type { ParameterModel } from '../model/api-model';
import type { ResponseSnapshot } from '../request/request-model';
import { serverFieldErrors } from '../response/server-field-errors';
import { patternSupported } from '../schema/pattern-text';
import { isRecord } from '../values/is-record';

const SHOWN = 3;

/** The answer's field errors as one line ("body $.payment.last4: string does not match regex …"), or undefined when it lists none. */
export function fieldErrorsText(response: ResponseSnapshot, parameters: readonly Pick<ParameterModel, 'in' | 'name'>[]): string | undefined {
  const found = serverFieldErrors(response, parameters);
  if (found === undefined) return undefined;
  const lines = [
    ...Object.entries(found.params).flatMap(([key, messages]) => messages.map((m) => `${key.replace(':', ' parameter ')}: ${m}`)),
    ...Object.entries(found.body).flatMap(([label, messages]) => messages.map((m) => `body ${label}: ${m}`)),
    ...found.unplaced,
  ];
  const more = lines.length > SHOWN ? ` and ${lines.length - SHOWN} more` : '';
  return `${lines.slice(0, SHOWN).join('; ')}${more}`;
}

/** The `pattern`s in `schema` (its `$ref`s followed into `defs`) that are beyond the generator's regex subset. */
export function unsupportedPatterns(schema: unknown, defs: Readonly<Record<string, unknown>>): string[] {
  const out = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (seen.has(node) || typeof node !== 'object' || node === null) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isRecord(node)) return;
    if (typeof node.$ref === 'string') walk(defs[node.$ref]);
    if (typeof node.pattern === 'string' && !patternSupported(node.pattern)) out.add(node.pattern);
    for (const [key, value] of Object.entries(node)) if (key !== 'example' && key !== 'examples' && key !== 'default' && key !== 'enum') walk(value);
  };
  walk(schema);
  return [...out];
}

/** What a refusal of a request verify meant as valid says, and what to do about it. */
export interface Refusal {
  /** The status or "no answer (…)". */
  readonly answer: string;
  readonly status?: number;
  /** The answer's own field errors (fieldErrorsText). */
  readonly fieldErrors?: string;
  /** Patterns the generator fell back on (unsupportedPatterns). */
  readonly unsupported: readonly string[];
}

/** "answered 422 (naming body $.payment.last4: …)": the answer with its field errors. */
export function answeredText(refusal: Pick<Refusal, 'answer' | 'fieldErrors'>): string {
  return refusal.fieldErrors === undefined ? `answered ${refusal.answer}` : `answered ${refusal.answer}, naming ${refusal.fieldErrors}`;
}

/** The advice after a refusal: the fallen-back patterns, the named fields, or the resources and credentials. */
export function refusalAdvice(refusal: Refusal): string {
  if (refusal.unsupported.length > 0) {
    const list = refusal.unsupported.map((p) => `"${p}"`).join(', ');
    return `Verify could not draw text for the pattern${refusal.unsupported.length === 1 ? '' : 's'} ${list} (beyond the regex subset it generates) and sent other text there; give the document an example that matches.`;
  }
  if (refusal.fieldErrors !== undefined) return 'The answer names the fields it refused; give the document an example for them, or check the rule the server applies there.';
  if (refusal.status === 401 || refusal.status === 403) return 'Give working credentials with --header so that it succeeds.';
  return 'Give the resources it names, or credentials, so that it succeeds.';
}
