/**
 * Bruno's `assert` block and `vars:post-response` as Roundtrip assertions and captures, where
 * they mean the same thing; the rest is reported, never silently lost.
 */
import { escapeRegExp } from '../text/escape-reg-exp';
import type { Assertion, Capture } from '../runner/assertion-model';
import type { BruPair } from './bru-parser';

/** The checks that translate, and a sentence per pair that does not. */
export interface TranslatedChecks {
  readonly assertions: Assertion[];
  readonly captures: Capture[];
  readonly dropped: string[];
}

type Target = { kind: 'status' } | { kind: 'time' } | { kind: 'json'; path: string } | { kind: 'header'; name: string };

const UNARY = new Set(['isDefined', 'isUndefined', 'isNull', 'isString', 'isNumber', 'isBoolean', 'isArray', 'isJson', 'isTruthy', 'isFalsy', 'isEmpty', 'isNotEmpty']);
const BINARY = new Set(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'contains', 'notContains', 'length', 'matches', 'notMatches', 'startsWith', 'endsWith', 'between']);

/** Translates one request's `assert` and `vars:post-response` pairs; `where` names the request in messages. */
export function translateBrunoChecks(asserts: readonly BruPair[], postVars: readonly BruPair[], where: string): TranslatedChecks {
  const assertions: Assertion[] = [];
  const captures: Capture[] = [];
  const dropped: string[] = [];
  for (const pair of asserts) {
    if (!pair.enabled) {
      dropped.push(`${where}: the disabled assertion "${pair.name}: ${pair.value}" was left out.`);
      continue;
    }
    const assertion = toAssertion(pair);
    if (assertion) assertions.push(assertion);
    else dropped.push(`${where}: the assertion "${pair.name}: ${pair.value}" has no Roundtrip equivalent; it was left out.`);
  }
  for (const pair of postVars) {
    const target = targetOf(pair.value.trim());
    const name = pair.name.replace(/^@/, '');
    if (!pair.enabled || target === undefined || target.kind === 'time' || !/^[\w.-]+$/.test(name)) {
      dropped.push(`${where}: the post-response variable "${pair.name}: ${pair.value}" ${pair.enabled ? 'is an expression Roundtrip cannot capture' : 'is disabled'}; it was left out.`);
      continue;
    }
    captures.push(target.kind === 'status' ? { name, from: 'status' } : target.kind === 'header' ? { name, from: 'header', path: target.name } : { name, from: 'json', path: target.path });
  }
  return { assertions, captures, dropped };
}

function toAssertion(pair: BruPair): Assertion | undefined {
  const target = targetOf(pair.name.trim());
  if (target === undefined) return undefined;
  const { op, arg } = operation(pair.value.trim());
  if (op === undefined) return undefined;
  switch (target.kind) {
    case 'status': {
      const value = literal(arg);
      return op === 'eq' && typeof value === 'number' && Number.isInteger(value) ? { type: 'status', equals: value } : statusRange(op, value);
    }
    case 'time': {
      const value = literal(arg);
      if (typeof value !== 'number' || value <= 0) return undefined;
      return op === 'lt' ? { type: 'response-time', belowMs: value } : op === 'lte' ? { type: 'response-time', belowMs: value + 1 } : undefined;
    }
    case 'header':
      if (op === 'isDefined') return { type: 'header', name: target.name, op: 'exists' };
      if (op === 'isUndefined') return { type: 'header', name: target.name, op: 'absent' };
      if (op === 'eq') return { type: 'header', name: target.name, op: 'equals', value: String(literal(arg)) };
      if (op === 'contains') return { type: 'header', name: target.name, op: 'matches', value: escapeRegExp(String(literal(arg))) };
      if (op === 'startsWith') return { type: 'header', name: target.name, op: 'matches', value: `^${escapeRegExp(String(literal(arg)))}` };
      if (op === 'matches') return { type: 'header', name: target.name, op: 'matches', value: String(literal(arg)) };
      return undefined;
    case 'json':
      return jsonAssertion(target.path, op, arg);
  }
}

function jsonAssertion(path: string, op: string, arg: string): Assertion | undefined {
  switch (op) {
    case 'eq':
      return { type: 'json', path, op: 'equals', value: literal(arg) };
    case 'contains':
      return { type: 'json', path, op: 'contains', value: literal(arg) };
    case 'matches':
      return { type: 'json', path, op: 'matches', value: String(literal(arg)) };
    case 'isDefined':
      return { type: 'json', path, op: 'exists' };
    case 'isUndefined':
      return { type: 'json', path, op: 'absent' };
    case 'isNull':
      return { type: 'json', path, op: 'equals', value: null };
    case 'isString':
      return { type: 'json', path, op: 'type', value: 'string' };
    case 'isNumber':
      return { type: 'json', path, op: 'type', value: 'number' };
    case 'isBoolean':
      return { type: 'json', path, op: 'type', value: 'boolean' };
    case 'isArray':
      return { type: 'json', path, op: 'type', value: 'array' };
    default:
      return undefined;
  }
}

/** `res.status: gte 200` style checks that fit a range. */
function statusRange(op: string, value: unknown): Assertion | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  if (op === 'gte') return { type: 'status-range', min: value, max: 599 };
  if (op === 'gt') return { type: 'status-range', min: value + 1, max: 599 };
  if (op === 'lt') return { type: 'status-range', min: 100, max: value - 1 };
  if (op === 'lte') return { type: 'status-range', min: 100, max: value };
  return undefined;
}

/** "eq 200" -> eq / "200"; a value with no operator means eq, as in Bruno. */
function operation(value: string): { op: string | undefined; arg: string } {
  const space = value.search(/\s/);
  const first = space < 0 ? value : value.slice(0, space);
  if (UNARY.has(first)) return { op: first, arg: '' };
  if (BINARY.has(first)) return { op: first, arg: space < 0 ? '' : value.slice(space + 1).trim() };
  return { op: value === '' ? undefined : 'eq', arg: value };
}

/** Bruno's literals: numbers, true, false, null, 'quoted' and "quoted" strings; anything else is text. */
function literal(text: string): unknown {
  if (/^'.*'$/s.test(text)) return text.slice(1, -1);
  if (/^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null|".*")$/s.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** `res.status`, `res.responseTime`, `res.headers.x` / `res.headers['x']`, `res.body.a[0].b` / `res.body`. */
function targetOf(expression: string): Target | undefined {
  if (expression === 'res.status' || expression === 'res.getStatus()') return { kind: 'status' };
  if (expression === 'res.responseTime' || expression === 'res.getResponseTime()') return { kind: 'time' };
  const header = /^res\.headers(?:\.([\w-]+)|\[\s*(['"])(.+?)\2\s*\])$/.exec(expression);
  if (header) return { kind: 'header', name: header[1] ?? header[3] ?? '' };
  const body = /^res\.body((?:\.[A-Za-z_$][\w$]*|\[\d+\]|\[\s*(['"])[^'"]*\2\s*\])*)$/.exec(expression);
  // `.length` is an array's length in Bruno, not a property: no JSONPath says that.
  if (body && !/\.length$/.test(body[1] ?? '')) return { kind: 'json', path: `$${(body[1] ?? '').replace(/\[\s*"([^"]*)"\s*\]/g, "['$1']")}` };
  return undefined;
}
