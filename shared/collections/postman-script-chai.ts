/**
 * Reads one chai assertion of a Postman script, `pm.response.to.have.status(200)` or
 * `pm.expect(<subject>).to.be.below(200)`, into Roundtrip assertions. A form it does not know
 * gives undefined, and the caller keeps the code as a note.
 */
import { escapeRegExp } from '../text/escape-reg-exp';
import type { Node } from 'acorn';
import type { Assertion } from '../runner/assertion-model';
import { dottedName, identifierName, isCall, literalString, literalValue, lodashPathToJsonPath, regexSource, subjectOf, type Aliases, type Subject } from './postman-script-subject';

type Link = { readonly name: string; readonly args?: readonly Node[] };
type Chain = { readonly root: 'response' | Node; readonly links: readonly Link[] };

// Chai's language chains: they read well and assert nothing.
const LANGUAGE = new Set(['to', 'be', 'been', 'is', 'that', 'which', 'and', 'has', 'have', 'with', 'at', 'of', 'same', 'but', 'does', 'still', 'also', 'deep']);

const STATUS_CLASSES: Readonly<Record<string, readonly [number, number]>> = { info: [100, 199], success: [200, 299], redirection: [300, 399], clientError: [400, 499], serverError: [500, 599], error: [400, 599] };
const NAMED_STATUS: Readonly<Record<string, number>> = { ok: 200, accepted: 202, withoutContent: 204, badRequest: 400, unauthorized: 401, unauthorised: 401, forbidden: 403, notFound: 404, notAcceptable: 406, rateLimited: 429 };
const REASONS: Readonly<Record<string, number>> = {
  ok: 200, created: 201, accepted: 202, 'no content': 204, 'moved permanently': 301, found: 302, 'see other': 303, 'not modified': 304, 'temporary redirect': 307, 'permanent redirect': 308,
  'bad request': 400, unauthorized: 401, forbidden: 403, 'not found': 404, 'method not allowed': 405, 'not acceptable': 406, conflict: 409, gone: 410, 'precondition failed': 412,
  'payload too large': 413, 'unsupported media type': 415, 'unprocessable entity': 422, 'unprocessable content': 422, 'too many requests': 429,
  'internal server error': 500, 'not implemented': 501, 'bad gateway': 502, 'service unavailable': 503, 'gateway timeout': 504,
};
const BOUNDS: Readonly<Record<string, 'above' | 'below' | 'at-least' | 'at-most'>> = { above: 'above', gt: 'above', greaterThan: 'above', below: 'below', lt: 'below', lessThan: 'below', least: 'at-least', gte: 'at-least', greaterThanOrEqual: 'at-least', most: 'at-most', lte: 'at-most', lessThanOrEqual: 'at-most' };
const EQUALS = new Set(['eql', 'eqls', 'equal', 'equals', 'eq']);
const INCLUDES = new Set(['include', 'includes', 'contain', 'contains']);
const JSON_TYPES = new Set(['string', 'number', 'boolean', 'array', 'object', 'null']);

/** The assertions `expression` states, or undefined when it is not an assertion Roundtrip can run. */
export function chaiAssertions(expression: Node, aliases: Aliases): Assertion[] | undefined {
  const chain = unwind(expression);
  if (!chain) return undefined;
  const negated = chain.links.filter((l) => l.name === 'not').length % 2 === 1;
  const links = chain.links.filter((l) => !LANGUAGE.has(l.name) && l.name !== 'not');
  if (chain.root === 'response') return responseAssertion(links, negated);
  const subject = subjectOf(chain.root, aliases);
  return subject === undefined ? undefined : expectAssertion(subject, links, negated);
}

// pm.response.to.… assertions.
function responseAssertion(links: readonly Link[], negated: boolean): Assertion[] | undefined {
  const [first, second, ...rest] = links;
  if (!first || rest.length > 0) return undefined;
  const args = first.args ?? [];
  if (second) {
    // pm.response.to.have.responseTime.below(200)
    if (first.name !== 'responseTime' || first.args !== undefined || negated || !second.args) return undefined;
    const limit = literalValue(second.args[0]);
    return (second.name === 'below' || second.name === 'lessThan' || second.name === 'lt') && typeof limit === 'number' ? [{ type: 'response-time', belowMs: limit }] : undefined;
  }
  if (negated) {
    if (first.name === 'header' && args.length === 1) return header(args[0], (name) => ({ type: 'header', name, op: 'absent' }));
    const path = first.name === 'jsonBody' && args.length === 1 ? jsonBodyPath(args[0]) : undefined;
    return path === undefined ? undefined : [{ type: 'json', path, op: 'absent' }];
  }
  if (first.args === undefined) {
    const range = STATUS_CLASSES[first.name];
    if (range) return [{ type: 'status-range', min: range[0], max: range[1] }];
    const code = NAMED_STATUS[first.name];
    if (code !== undefined) return [{ type: 'status', equals: code }];
    if (first.name === 'json') return [{ type: 'json', path: '$', op: 'exists' }];
    return undefined;
  }
  switch (first.name) {
    case 'status':
    case 'statusCode':
    case 'code': {
      const value = literalValue(args[0]);
      const code = typeof value === 'number' ? value : typeof value === 'string' ? (/^\d{3}$/.test(value) ? Number(value) : REASONS[value.toLowerCase()]) : undefined;
      return code === undefined || args.length !== 1 ? undefined : [{ type: 'status', equals: code }];
    }
    case 'statusCodeClass': {
      const value = literalValue(args[0]);
      return typeof value === 'number' && value >= 1 && value <= 5 ? [{ type: 'status-range', min: value * 100, max: value * 100 + 99 }] : undefined;
    }
    case 'header': {
      if (args.length === 1) return header(args[0], (name) => ({ type: 'header', name, op: 'exists' }));
      const value = expectedText(args[1]);
      return args.length === 2 && value !== undefined ? header(args[0], (name) => ({ type: 'header', name, op: 'equals', value })) : undefined;
    }
    case 'jsonBody': {
      if (args.length === 0) return [{ type: 'json', path: '$', op: 'exists' }];
      const path = jsonBodyPath(args[0]);
      if (path === undefined) return undefined;
      if (args.length === 1) return [{ type: 'json', path, op: 'exists' }];
      const value = expected(args[1]);
      return args.length === 2 && value !== undefined ? [{ type: 'json', path, op: 'equals', value }] : undefined;
    }
    case 'body': {
      const value = expectedText(args[0]);
      return args.length === 1 && value !== undefined ? [{ type: 'body', op: 'equals', value }] : undefined;
    }
    default:
      return undefined;
  }
}

// pm.expect(<subject>).… assertions.
function expectAssertion(subject: Subject, links: readonly Link[], negated: boolean): Assertion[] | undefined {
  if (links.length !== 1) return undefined;
  const [link] = links;
  if (!link) return undefined;
  const args = link.args ?? [];
  const value = args.length >= 1 ? expected(args[0]) : undefined;
  const one = (assertion: Assertion | undefined): Assertion[] | undefined => (assertion ? [assertion] : undefined);
  switch (subject.kind) {
    case 'status':
      if (negated) return undefined;
      if (EQUALS.has(link.name) && typeof value === 'number') return one({ type: 'status', equals: value });
      if (link.name === 'oneOf' && Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number' && Number.isInteger(v))) return one({ type: 'status-in', codes: value as number[] });
      if (link.name === 'within' && typeof value === 'number' && typeof literalValue(args[1]) === 'number') return one({ type: 'status-range', min: value, max: literalValue(args[1]) as number });
      return undefined;
    case 'time':
      return !negated && (link.name === 'below' || link.name === 'lessThan' || link.name === 'lt') && typeof value === 'number' ? one({ type: 'response-time', belowMs: value }) : undefined;
    case 'header': {
      if (link.name === 'exist' && link.args === undefined) return one({ type: 'header', name: subject.name, op: negated ? 'absent' : 'exists' });
      if (negated) return undefined;
      if (EQUALS.has(link.name) && typeof value === 'string') return one({ type: 'header', name: subject.name, op: 'equals', value });
      if (INCLUDES.has(link.name) && typeof value === 'string') return one({ type: 'header', name: subject.name, op: 'matches', value: escapeRegExp(value) });
      const pattern = link.name === 'match' ? regexSource(args[0]) : undefined;
      return pattern === undefined ? undefined : one({ type: 'header', name: subject.name, op: 'matches', value: pattern });
    }
    case 'text': {
      if (negated) return undefined;
      if (EQUALS.has(link.name) && typeof value === 'string') return one({ type: 'body', op: 'equals', value });
      if (INCLUDES.has(link.name) && typeof value === 'string') return one({ type: 'body', op: 'contains', value });
      const pattern = link.name === 'match' ? regexSource(args[0]) : undefined;
      return pattern === undefined ? undefined : one({ type: 'body', op: 'matches', value: pattern });
    }
    case 'json-length':
      return !negated && EQUALS.has(link.name) && typeof value === 'number' ? one({ type: 'json', path: subject.path, op: 'length', value }) : undefined;
    case 'json-text': {
      if (negated) return undefined;
      if (EQUALS.has(link.name) && typeof value === 'string') return one({ type: 'json', path: subject.path, op: 'equals', value });
      const pattern = link.name === 'match' ? regexSource(args[0]) : undefined;
      return pattern === undefined ? undefined : one({ type: 'json', path: subject.path, op: 'matches', value: pattern });
    }
    case 'json-integer':
      return !negated && link.name === 'true' && link.args === undefined ? one({ type: 'json', path: subject.path, op: 'type', value: 'integer' }) : undefined;
    case 'json':
      return jsonAssertion(subject.path, link, args, value, negated);
  }
}

function jsonAssertion(path: string, link: Link, args: readonly Node[], value: unknown, negated: boolean): Assertion[] | undefined {
  const json = (op: Extract<Assertion, { type: 'json' }>['op'], at = path, v?: unknown): Assertion[] => [{ type: 'json', path: at, op, ...(v === undefined ? {} : { value: v }) }];
  if (link.args === undefined) {
    if (link.name === 'exist') return json(negated ? 'absent' : 'exists');
    if (link.name === 'undefined') return json(negated ? 'exists' : 'absent');
    if (negated) return undefined;
    if (link.name === 'true' || link.name === 'false') return json('equals', path, link.name === 'true');
    if (link.name === 'null') return json('equals', path, null);
    return undefined;
  }
  if (link.name === 'property') {
    const key = literalString(args[0]);
    if (key === undefined) return undefined;
    const at = `${path}${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `['${key.replace(/'/g, "\\'")}']`}`;
    if (negated) return args.length === 1 ? json('absent', at) : undefined;
    if (args.length === 1) return json('exists', at);
    const v = expected(args[1]);
    return v === undefined ? undefined : json('equals', at, v);
  }
  if (negated) return undefined;
  const pattern = link.name === 'match' ? regexSource(args[0]) : undefined;
  if (pattern !== undefined) return json('matches', path, pattern);
  if (value === undefined) return undefined;
  if (EQUALS.has(link.name)) return json('equals', path, value);
  if (INCLUDES.has(link.name)) return json('contains', path, value);
  if ((link.name === 'a' || link.name === 'an') && typeof value === 'string') {
    const type = value.toLowerCase();
    if (type === 'undefined') return json('absent');
    return JSON_TYPES.has(type) ? json('type', path, type) : undefined;
  }
  const bound = BOUNDS[link.name];
  if (bound && typeof value === 'number') return json(bound, path, value);
  return (link.name === 'lengthOf' || link.name === 'length') && typeof value === 'number' && args.length === 1 ? json('length', path, value) : undefined;
}

function header(nameNode: Node | undefined, make: (name: string) => Assertion): Assertion[] | undefined {
  const name = literalString(nameNode);
  return name === undefined || name === '' ? undefined : [make(name)];
}

function jsonBodyPath(node: Node | undefined): string | undefined {
  const path = literalString(node);
  return path === undefined ? undefined : lodashPathToJsonPath(path);
}

/**
 * An expected value: a literal, a variable read (pm.environment.get("id")) as "{{id}}", or text
 * with variables filled by Postman (pm.variables.replaceIn("{{id}}")) as that text, which
 * Roundtrip fills the same way.
 */
function expected(node: Node | undefined): unknown {
  if (isCall(node) && node.arguments.length === 1) {
    const callee = dottedName(node.callee) ?? '';
    if (/^pm\.(environment|collectionVariables|variables|globals|iterationData)\.get$/.test(callee)) {
      const name = literalString(node.arguments[0]);
      return name === undefined ? undefined : `{{${name}}}`;
    }
    if (callee === 'pm.variables.replaceIn') return literalString(node.arguments[0]);
  }
  return literalValue(node);
}

function expectedText(node: Node | undefined): string | undefined {
  const value = expected(node);
  return typeof value === 'string' ? value : undefined;
}

// From the outside in: `pm.expect(x).to.be.above(1)` is a call of a member of members of a call.
function unwind(expression: Node): Chain | undefined {
  const links: Link[] = [];
  let node: Node = expression;
  for (;;) {
    if (dottedName(node) === 'pm.response') return { root: 'response', links: links.reverse() };
    if (isCall(node)) {
      if (dottedName(node.callee) === 'pm.expect') return node.arguments.length >= 1 && node.arguments[0] ? { root: node.arguments[0], links: links.reverse() } : undefined;
      const callee = node.callee as Node & { object?: Node; property?: Node; computed?: boolean };
      const name = callee.type === 'MemberExpression' && callee.computed !== true ? identifierName(callee.property) : undefined;
      if (name === undefined || !callee.object) return undefined;
      links.push({ name, args: node.arguments });
      node = callee.object;
      continue;
    }
    if (node.type === 'MemberExpression') {
      const member = node as Node & { object: Node; property: Node; computed: boolean };
      const name = member.computed ? undefined : identifierName(member.property);
      if (name === undefined) return undefined;
      links.push({ name });
      node = member.object;
      continue;
    }
    return undefined;
  }
}
