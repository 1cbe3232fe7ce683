/**
 * What a Postman script expression refers to: the status, the response time, a header, the body
 * text, or a place in the JSON body (as a JSONPath). Aliases (`const json = pm.response.json()`,
 * `var user = json.data[0]`) are followed. Anything else is not a subject, and stays a note.
 */
import type { Expression, Node } from 'acorn';

export type Subject =
  | { readonly kind: 'status' }
  | { readonly kind: 'time' }
  | { readonly kind: 'header'; readonly name: string }
  | { readonly kind: 'text' }
  | { readonly kind: 'json'; readonly path: string }
  /** `<json>.length`: only its equality translates (to a length assertion). */
  | { readonly kind: 'json-length'; readonly path: string }
  /** `String(<json>)`: only equality to text and a pattern translate (Roundtrip's equals and matches compare so). */
  | { readonly kind: 'json-text'; readonly path: string }
  /** `Number.isInteger(<json>)`: only `.to.be.true` translates (to an integer type assertion). */
  | { readonly kind: 'json-integer'; readonly path: string };

/** Names bound to JSON places by earlier declarations. */
export type Aliases = Map<string, string>;

/** The subject `node` denotes, or undefined when it is not one Roundtrip can check. */
export function subjectOf(node: Node, aliases: Aliases): Subject | undefined {
  const dotted = dottedName(node);
  if (dotted === 'pm.response.code' || dotted === 'responseCode.code') return { kind: 'status' };
  if (dotted === 'pm.response.responseTime' || dotted === 'responseTime') return { kind: 'time' };
  if (dotted === 'responseBody') return { kind: 'text' };
  if (isCall(node)) {
    const callee = dottedName(node.callee);
    if (callee === 'pm.response.text' && node.arguments.length === 0) return { kind: 'text' };
    if ((callee === 'pm.response.headers.get' || callee === 'postman.getResponseHeader') && node.arguments.length === 1) {
      const name = literalString(node.arguments[0]);
      return name === undefined ? undefined : { kind: 'header', name };
    }
    const [argument] = node.arguments;
    const of = node.arguments.length === 1 && argument !== undefined ? jsonPathOf(argument, aliases) : undefined;
    if (callee === 'String' && of !== undefined) return { kind: 'json-text', path: of };
    if (callee === 'Number.isInteger' && of !== undefined) return { kind: 'json-integer', path: of };
  }
  const path = jsonPathOf(node, aliases);
  if (path !== undefined) return { kind: 'json', path };
  if (node.type === 'MemberExpression') {
    const member = node as Node & { object: Expression; property: Node; computed: boolean };
    if (!member.computed && identifierName(member.property) === 'length') {
      const of = jsonPathOf(member.object, aliases);
      if (of !== undefined) return { kind: 'json-length', path: of };
    }
  }
  return undefined;
}

/** The JSONPath of an expression reading the JSON body (`pm.response.json().a[0]`), or undefined. */
export function jsonPathOf(node: Node, aliases: Aliases): string | undefined {
  if (isJsonRoot(node)) return '$';
  if (node.type === 'Identifier') return aliases.get(identifierName(node) ?? '');
  // items.at(-1): the last item, as the export writes a negative index. Only a negative one: the same
  // call on a string reads a character, which Roundtrip's path would not, and a plain index is [0].
  if (isCall(node) && node.arguments.length === 1 && node.callee.type === 'MemberExpression') {
    const callee = node.callee as Node & { object: Expression; property: Node; computed: boolean };
    const index = literalValue(node.arguments[0]);
    const base = !callee.computed && identifierName(callee.property) === 'at' ? jsonPathOf(callee.object, aliases) : undefined;
    return base !== undefined && typeof index === 'number' && Number.isInteger(index) && index < 0 ? `${base}[${index}]` : undefined;
  }
  if (node.type !== 'MemberExpression') return undefined;
  const member = node as Node & { object: Expression; property: Node; computed: boolean };
  const base = jsonPathOf(member.object, aliases);
  if (base === undefined) return undefined;
  if (!member.computed) {
    const name = identifierName(member.property);
    // `.length` is a property of arrays and strings, not a member of the JSON: left to subjectOf.
    return name === undefined || name === 'length' ? undefined : `${base}${/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `['${name}']`}`;
  }
  const key = literalValue(member.property);
  if (typeof key === 'number' && Number.isInteger(key) && key >= 0) return `${base}[${key}]`;
  if (typeof key === 'string') return `${base}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  return undefined;
}

/** A lodash-style path as chai-postman's jsonBody takes it ("data.items[0].id") as a JSONPath. */
export function lodashPathToJsonPath(path: string): string | undefined {
  if (!/^[\w$]+(\.[\w$]+|\[\d+\])*$/.test(path)) return undefined;
  return `$.${path}`;
}

function isJsonRoot(node: Node): boolean {
  if (!isCall(node)) return false;
  const callee = dottedName(node.callee);
  if (callee === 'pm.response.json' && node.arguments.length === 0) return true;
  // The older sandbox's idiom: JSON.parse(responseBody).
  return callee === 'JSON.parse' && node.arguments.length === 1 && node.arguments[0] !== undefined && dottedName(node.arguments[0]) === 'responseBody';
}

/** "a.b.c" for a chain of plain identifiers, else undefined. */
export function dottedName(node: Node): string | undefined {
  if (node.type === 'Identifier') return identifierName(node);
  if (node.type !== 'MemberExpression') return undefined;
  const member = node as Node & { object: Node; property: Node; computed: boolean };
  if (member.computed) return undefined;
  const left = dottedName(member.object);
  const right = identifierName(member.property);
  return left === undefined || right === undefined ? undefined : `${left}.${right}`;
}

export function identifierName(node: Node | undefined): string | undefined {
  return node?.type === 'Identifier' ? (node as Node & { name: string }).name : undefined;
}

export function isCall(node: Node | undefined): node is Node & { callee: Node; arguments: Node[] } {
  return node?.type === 'CallExpression';
}

/** The value of a JSON-like literal (strings, numbers, booleans, null, arrays and objects of them, -n); undefined otherwise. */
export function literalValue(node: Node | undefined): unknown {
  if (node === undefined) return undefined;
  switch (node.type) {
    case 'Literal': {
      const literal = node as Node & { value: unknown; regex?: unknown };
      return literal.regex === undefined ? literal.value : undefined;
    }
    case 'TemplateLiteral': {
      const template = node as Node & { expressions: Node[]; quasis: { value: { cooked: string | null } }[] };
      return template.expressions.length === 0 ? (template.quasis[0]?.value.cooked ?? undefined) : undefined;
    }
    case 'UnaryExpression': {
      const unary = node as Node & { operator: string; argument: Node };
      const value = literalValue(unary.argument);
      return unary.operator === '-' && typeof value === 'number' ? -value : undefined;
    }
    case 'ArrayExpression': {
      const items = (node as Node & { elements: (Node | null)[] }).elements.map((element) => (element === null ? undefined : literalValue(element)));
      return items.every((item) => item !== undefined) ? items : undefined;
    }
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const property of (node as Node & { properties: Node[] }).properties) {
        const p = property as Node & { key: Node; value: Node; computed: boolean; kind?: string };
        if (property.type !== 'Property' || p.computed || p.kind !== 'init') return undefined;
        const key = identifierName(p.key) ?? literalValue(p.key);
        const value = literalValue(p.value);
        if ((typeof key !== 'string' && typeof key !== 'number') || value === undefined) return undefined;
        out[String(key)] = value;
      }
      return out;
    }
    default:
      return undefined;
  }
}

export function literalString(node: Node | undefined): string | undefined {
  const value = literalValue(node);
  return typeof value === 'string' ? value : undefined;
}

/** The source of a regular expression literal without flags, or of `new RegExp("...")`; else undefined. */
export function regexSource(node: Node | undefined): string | undefined {
  if (node?.type === 'NewExpression') {
    const created = node as Node & { callee: Node; arguments: Node[] };
    return identifierName(created.callee) === 'RegExp' && created.arguments.length === 1 ? literalString(created.arguments[0]) : undefined;
  }
  const literal = node as (Node & { regex?: { pattern: string; flags: string } }) | undefined;
  return literal?.type === 'Literal' && literal.regex !== undefined && literal.regex.flags === '' ? literal.regex.pattern : undefined;
}
