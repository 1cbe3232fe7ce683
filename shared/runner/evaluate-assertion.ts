/** Judges one assertion against one response; every failure says what was expected and what came. */
import type { HeaderEntry } from '../request/request-model';
import type { ResponseValidation } from '../response/response-validation';
import type { Assertion } from './assertion-model';
import { describeAssertion, type JsonType } from './assertion-kinds';
import { selectJson } from './json-path';
import { isRecord } from '../values/is-record';

/** What the runner observed for one step: enough to judge every kind of assertion. */
export interface ObservedResponse {
  readonly status: number;
  readonly headers: readonly HeaderEntry[];
  /** The body as text (absent when empty or binary). */
  readonly bodyText?: string;
  readonly timeMs: number;
  /** The check against the spec, when the step had one. */
  readonly validation?: ResponseValidation;
  /** The idempotency check's verdict, when the step ran one. */
  readonly idempotency?: { readonly verdict: string; readonly summary: string };
  /** Why the run has no spec to check against, when the collection names one that could not be read. */
  readonly noSpecReason?: string;
}

export interface AssertionResult {
  readonly name: string;
  readonly passed: boolean;
  /** "expected X, got Y" on failure; absent on a pass. */
  readonly message?: string;
  /** Not written by anyone: the status check a request without assertions gets (see implicit-check.ts). */
  readonly implicit?: true;
}

/** Judges `assertion`; string values in it may use {{variables}}, already filled in by the caller. */
export function evaluateAssertion(assertion: Assertion, response: ObservedResponse): AssertionResult {
  const name = assertion.label === undefined || assertion.label === '' ? describeAssertion(assertion) : `${assertion.label}: ${describeAssertion(assertion)}`;
  const verdict = judge(assertion, response);
  return verdict === null ? { name, passed: true } : { name, passed: false, message: verdict };
}

// null on a pass, else the failure message.
function judge(assertion: Assertion, response: ObservedResponse): string | null {
  switch (assertion.type) {
    case 'status':
      return response.status === assertion.equals ? null : `expected status ${assertion.equals}, got ${response.status}`;
    case 'status-range':
      return response.status >= assertion.min && response.status <= assertion.max ? null : `expected status in ${assertion.min}-${assertion.max}, got ${response.status}`;
    case 'status-in':
      return assertion.codes.includes(response.status) ? null : `expected status ${assertion.codes.join(' or ')}, got ${response.status}`;
    case 'body':
      return judgeBody(assertion, response.bodyText ?? '');
    case 'header':
      return judgeHeader(assertion, response.headers);
    case 'json':
      return judgeJson(assertion, response.bodyText);
    case 'response-time':
      return response.timeMs < assertion.belowMs ? null : `expected a response in under ${assertion.belowMs} ms, got ${response.timeMs} ms`;
    case 'conforms': {
      const validation = response.validation;
      if (!validation) return `expected a check against the spec, got none (${response.noSpecReason ?? 'the collection names no spec, or the request is not linked to an operation of it'})`;
      if (!validation.conforms) return `expected the response to conform to the spec, got ${validation.violations.map((v) => v.message).join(' ')}`;
      // Nothing wrong found is no pass when the body itself could not be checked.
      return validation.bodyUnchecked === true ? `expected a body checked against the spec, got one that was not: ${validation.notes.join(' ')}` : null;
    }
    case 'idempotent': {
      const check = response.idempotency;
      if (!check) return `expected an idempotency check, got none (${response.noSpecReason ?? 'only PUT, DELETE and keyed POST/PATCH of a spec operation can be checked'})`;
      return check.verdict === 'idempotent' ? null : `expected idempotent, got ${check.verdict}: ${check.summary}`;
    }
  }
}

function judgeBody(assertion: Extract<Assertion, { type: 'body' }>, text: string): string | null {
  switch (assertion.op) {
    case 'equals':
      return text === assertion.value ? null : `expected the body to be ${show(assertion.value)}, got ${show(text)}`;
    case 'contains':
      return text.includes(assertion.value) ? null : `expected the body to contain ${show(assertion.value)}, got ${show(text)}`;
    case 'matches': {
      const pattern = compile(assertion.value);
      if (typeof pattern === 'string') return pattern;
      return pattern.test(text) ? null : `expected the body to match /${assertion.value}/, got ${show(text)}`;
    }
  }
}

function judgeHeader(assertion: Extract<Assertion, { type: 'header' }>, headers: readonly HeaderEntry[]): string | null {
  const values = headers.filter((h) => h.name.toLowerCase() === assertion.name.toLowerCase()).map((h) => h.value);
  const got = values.length === 0 ? `no ${assertion.name} header` : `${assertion.name}: ${values.join(', ')}`;
  switch (assertion.op) {
    case 'exists':
      return values.length > 0 ? null : `expected a ${assertion.name} header, got none`;
    case 'absent':
      return values.length === 0 ? null : `expected no ${assertion.name} header, got ${got}`;
    case 'equals':
      return values.includes(assertion.value ?? '') ? null : `expected ${assertion.name}: ${assertion.value ?? ''}, got ${got}`;
    case 'matches': {
      const pattern = compile(assertion.value ?? '');
      if (typeof pattern === 'string') return pattern;
      return values.some((v) => pattern.test(v)) ? null : `expected ${assertion.name} to match /${assertion.value ?? ''}/, got ${got}`;
    }
  }
}

function judgeJson(assertion: Extract<Assertion, { type: 'json' }>, bodyText: string | undefined): string | null {
  const where = assertion.path || 'the body';
  let doc: unknown;
  try {
    if (bodyText === undefined || bodyText.trim() === '') return `expected a JSON body at ${where}, got an empty body`;
    doc = JSON.parse(bodyText) as unknown;
  } catch {
    return `expected a JSON body, got ${preview(bodyText ?? '')}`;
  }
  let found: unknown[];
  try {
    found = selectJson(doc, assertion.path);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (assertion.op === 'absent') return found.length === 0 ? null : `expected nothing at ${where}, got ${show(found[0])}`;
  if (found.length === 0) return `expected ${assertion.op === 'exists' ? 'a value' : show(assertion.value)} at ${where}, got nothing there`;
  const value = found.length === 1 ? found[0] : found;
  switch (assertion.op) {
    case 'exists':
      return null;
    case 'equals':
      return deepEqual(value, assertion.value) || deepEqual(coerce(value, assertion.value), assertion.value) ? null : `expected ${where} to equal ${show(assertion.value)}, got ${show(value)}`;
    case 'contains':
      return contains(value, assertion.value) ? null : `expected ${where} to contain ${show(assertion.value)}, got ${show(value)}`;
    case 'matches': {
      const pattern = compile(typeof assertion.value === 'string' ? assertion.value : '');
      if (typeof pattern === 'string') return pattern;
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      return pattern.test(text) ? null : `expected ${where} to match /${String(assertion.value)}/, got ${show(value)}`;
    }
    case 'type': {
      const got = jsonType(value);
      const wanted = String(assertion.value) as JsonType;
      return got === wanted || (wanted === 'number' && got === 'integer') ? null : `expected ${where} to be of type ${wanted}, got ${got} ${show(value)}`;
    }
    case 'above':
    case 'below':
    case 'at-least':
    case 'at-most':
      return judgeBound(assertion.op, where, value, assertion.value);
    case 'length': {
      const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
      if (length === undefined) return `expected ${where} to be a string or an array of length ${show(assertion.value)}, got ${show(value)}`;
      return length === Number(assertion.value) ? null : `expected ${where} to have length ${show(assertion.value)}, got ${length}`;
    }
  }
}

const BOUND_TEST: Readonly<Record<'above' | 'below' | 'at-least' | 'at-most', (a: number, b: number) => boolean>> = { above: (a, b) => a > b, below: (a, b) => a < b, 'at-least': (a, b) => a >= b, 'at-most': (a, b) => a <= b };

function judgeBound(op: keyof typeof BOUND_TEST, where: string, value: unknown, bound: unknown): string | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  const limit = typeof bound === 'number' ? bound : Number(bound);
  if (Number.isNaN(limit)) return `the bound ${show(bound)} of "${where} ${op}" is not a number; fix it in the request's assertions`;
  if (Number.isNaN(number)) return `expected ${where} to be a number ${op.replace('-', ' ')} ${limit}, got ${show(value)}`;
  return BOUND_TEST[op](number, limit) ? null : `expected ${where} to be ${op.replace('-', ' ')} ${limit}, got ${number}`;
}

/** The JSON type of a value, with integers told apart from other numbers. */
export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value as JsonType;
  return 'object';
}

// A captured {{id}} is text; "equals 3" against 3 should still pass when the body holds "3", and the reverse.
function coerce(value: unknown, expected: unknown): unknown {
  if (typeof expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  if (typeof expected === 'number' && typeof value === 'string' && value.trim() !== '' && Number(value) === expected) return expected;
  return value;
}

function contains(value: unknown, needle: unknown): boolean {
  if (typeof value === 'string') return typeof needle === 'string' ? value.includes(needle) : value.includes(JSON.stringify(needle));
  if (Array.isArray(value)) return value.some((item) => deepEqual(item, needle) || (isRecord(item) && isRecord(needle) && subset(item, needle)));
  if (isRecord(value)) return typeof needle === 'string' ? Object.prototype.hasOwnProperty.call(value, needle) : isRecord(needle) && subset(value, needle);
  return false;
}

function subset(whole: Record<string, unknown>, part: Record<string, unknown>): boolean {
  return Object.entries(part).every(([key, v]) => deepEqual(whole[key], v));
}

/** Structural equality of JSON values (key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}

function compile(source: string): RegExp | string {
  try {
    return new RegExp(source);
  } catch (error) {
    return `the pattern /${source}/ is not a valid regular expression (${error instanceof Error ? error.message : String(error)}); fix it in the request's assertions`;
  }
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : preview(JSON.stringify(value));
}

function preview(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
