/**
 * Translates a Postman script into Roundtrip's declarative checks: pm.test bodies and bare
 * pm.expect / pm.response.to statements into assertions, `pm.*.set(name, <response value>)` into
 * captures. Every statement that does not translate (loops, custom code, pm.sendRequest, a whole
 * pre-request script) is kept verbatim as a script note with its line, never run. A comment that
 * carries a check Roundtrip's own export could not write as code is read back into that check.
 */
import { parse, type Comment, type Node, type Program } from 'acorn';
import { describeAssertion } from '../runner/assertion-kinds';
import type { Assertion, Capture } from '../runner/assertion-model';
import type { ScriptNote } from './format-v1';
import { checkCarriedBy } from './postman-carried-checks';
import { chaiAssertions } from './postman-script-chai';
import { dottedName, identifierName, isCall, jsonPathOf, literalString, literalValue, subjectOf, type Aliases } from './postman-script-subject';

export interface TranslatedScript {
  readonly assertions: readonly Assertion[];
  readonly captures: readonly Capture[];
  readonly notes: readonly ScriptNote[];
}

/** A check and where its code starts in the script: checks from code and from comments are put in script order. */
interface Placed<T> {
  readonly at: number;
  readonly check: T;
}

interface Scope {
  readonly source: string;
  readonly aliases: Aliases;
  /** Declarations seen so far, by the names they bind: a note that uses one carries it along. */
  readonly declarations: Map<string, string>;
  readonly out: { assertions: Placed<Assertion>[]; captures: Placed<Capture>[]; notes: ScriptNote[] };
}

const SETTERS = /^(pm\.(environment|collectionVariables|variables|globals)\.set|postman\.set(Environment|Global)Variable)$/;
const CAPTURE_NAME = /^[\w.-]+$/;

/** Translates a test script (Postman's "exec" lines joined by newlines). */
export function translateTestScript(source: string): TranslatedScript {
  const out = { assertions: [] as Placed<Assertion>[], captures: [] as Placed<Capture>[], notes: [] as ScriptNote[] };
  if (source.trim() === '') return { assertions: [], captures: [], notes: [] };
  let program: Program;
  const comments: Comment[] = [];
  try {
    program = parse(source, { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowReturnOutsideFunction: true, onComment: comments });
  } catch {
    // Code that does not parse stays whole: a note is the only honest thing to make of it.
    return { assertions: [], captures: [], notes: [{ event: 'test', line: 1, code: source.trim(), disabled: true }] };
  }
  const scope: Scope = { source, aliases: new Map(), declarations: new Map(), out };
  for (const statement of program.body) topLevel(statement, scope);
  for (const comment of comments) {
    const carried = checkCarriedBy(comment.value);
    if (carried === undefined) continue;
    if ('assertion' in carried) out.assertions.push({ at: comment.start, check: carried.assertion });
    else out.captures.push({ at: comment.start, check: carried.capture });
  }
  return { assertions: inScriptOrder(out.assertions), captures: inScriptOrder(out.captures), notes: out.notes };
}

function inScriptOrder<T>(placed: readonly Placed<T>[]): T[] {
  return [...placed].sort((a, b) => a.at - b.at).map((p) => p.check);
}

/** A pre-request script is not translated: it is kept whole as one note. */
export function preRequestNote(source: string): ScriptNote[] {
  if (source.trim() === '') return [];
  const line = source.slice(0, source.length - source.trimStart().length).split('\n').length;
  return [{ event: 'prerequest', line, code: source.trim(), disabled: true }];
}

function topLevel(statement: Node, scope: Scope): void {
  const test = pmTest(statement);
  if (test) {
    const inner: Scope = { ...scope, aliases: new Map(scope.aliases), declarations: new Map(scope.declarations) };
    for (const each of test.body) inside(each, inner, test.name);
    return;
  }
  inside(statement, scope, undefined);
}

function inside(statement: Node, scope: Scope, test: string | undefined): void {
  if (statement.type === 'EmptyStatement') return;
  if (statement.type === 'VariableDeclaration' && declare(statement, scope)) return;
  const translated = statement.type === 'ExpressionStatement' ? expressionChecks((statement as Node & { expression: Node }).expression, scope) : undefined;
  if (translated) {
    const at = statement.start;
    scope.out.assertions.push(...translated.assertions.map((a) => ({ at, check: labelled(a, test) })));
    scope.out.captures.push(...translated.captures.map((check) => ({ at, check })));
    return;
  }
  note(statement, scope, test);
}

// A test named as Roundtrip describes its one check (what its export names a test) is no label of its own.
function labelled(assertion: Assertion, test: string | undefined): Assertion {
  return test === undefined || test === describeAssertion(assertion) ? assertion : { ...assertion, label: test };
}

// Records `const json = pm.response.json()` and friends; false when the declaration is not an alias.
function declare(statement: Node, scope: Scope): boolean {
  const declarators = (statement as Node & { declarations: (Node & { id: Node; init: Node | null })[] }).declarations;
  const code = sourceOf(statement, scope.source);
  const paths = declarators.map((d) => (d.init === null || d.id.type !== 'Identifier' ? undefined : jsonPathOf(d.init, scope.aliases)));
  for (const d of declarators) {
    const name = identifierName(d.id);
    if (name !== undefined) scope.declarations.set(name, code);
  }
  if (paths.some((path) => path === undefined)) return false;
  declarators.forEach((d, index) => scope.aliases.set(identifierName(d.id) ?? '', paths[index] ?? '$'));
  return true;
}

function expressionChecks(expression: Node, scope: Scope): { assertions: Assertion[]; captures: Capture[] } | undefined {
  const assertions = chaiAssertions(expression, scope.aliases);
  if (assertions) return { assertions, captures: [] };
  const capture = captureOf(expression, scope.aliases);
  if (capture) return { assertions: [], captures: [capture] };
  const legacy = legacyTest(expression, scope.aliases);
  return legacy ? { assertions: [legacy], captures: [] } : undefined;
}

// pm.environment.set("token", json.token), pm.collectionVariables.set("loc", pm.response.headers.get("Location")), ...
function captureOf(expression: Node, aliases: Aliases): Capture | undefined {
  if (!isCall(expression) || !SETTERS.test(dottedName(expression.callee) ?? '') || expression.arguments.length !== 2) return undefined;
  const name = literalString(expression.arguments[0]);
  const value = expression.arguments[1];
  if (name === undefined || !CAPTURE_NAME.test(name) || value === undefined) return undefined;
  const subject = subjectOf(value, aliases);
  if (subject?.kind === 'json') return { name, from: 'json', path: subject.path };
  if (subject?.kind === 'header') return { name, from: 'header', path: subject.name };
  if (subject?.kind === 'status') return { name, from: 'status' };
  return undefined;
}

// The sandbox's first idiom: tests["Status code is 200"] = responseCode.code === 200;
function legacyTest(expression: Node, aliases: Aliases): Assertion | undefined {
  const assign = expression as Node & { operator?: string; left: Node & { object?: Node; property?: Node; computed?: boolean }; right: Node & { operator?: string; left?: Node; right?: Node } };
  if (expression.type !== 'AssignmentExpression' || assign.operator !== '=' || assign.left.type !== 'MemberExpression' || !assign.left.object || identifierName(assign.left.object) !== 'tests') return undefined;
  const label = assign.left.computed === true ? literalString(assign.left.property) : identifierName(assign.left.property);
  const { right } = assign;
  if (label === undefined || right.type !== 'BinaryExpression' || !right.left || !right.right) return undefined;
  const subject = subjectOf(right.left, aliases);
  const value = literalValue(right.right);
  const strict = right.operator === '===' || right.operator === '==';
  let assertion: Assertion | undefined;
  if (subject?.kind === 'status' && strict && typeof value === 'number') assertion = { type: 'status', equals: value };
  else if (subject?.kind === 'time' && right.operator === '<' && typeof value === 'number') assertion = { type: 'response-time', belowMs: value };
  else if (subject?.kind === 'json' && strict && value !== undefined) assertion = { type: 'json', path: subject.path, op: 'equals', value };
  else if (subject?.kind === 'json-length' && strict && typeof value === 'number') assertion = { type: 'json', path: subject.path, op: 'length', value };
  return assertion ? { ...assertion, label } : undefined;
}

/**
 * The statement's code, its later lines moved left by the column it starts at: a statement inside
 * a pm.test is indented there, and the export indents it again, so without this every trip
 * through Postman would indent a note's inner lines further.
 */
function sourceOf(statement: Node, source: string): string {
  const column = statement.loc?.start.column ?? 0;
  const [first = '', ...rest] = source.slice(statement.start, statement.end).split('\n');
  if (column === 0 || rest.length === 0) return [first, ...rest].join('\n');
  const margin = new RegExp(`^[ \\t]{0,${column}}`);
  return [first, ...rest.map((line) => line.replace(margin, ''))].join('\n');
}

function note(statement: Node, scope: Scope, test: string | undefined): void {
  const code = sourceOf(statement, scope.source);
  const used = [...scope.declarations.entries()].filter(([name, declaration]) => declaration !== code && new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(code)).map(([, declaration]) => declaration);
  const preamble = [...new Set(used)].filter((declaration) => !scope.out.notes.some((n) => n.test === test && n.code.includes(declaration)));
  const line = statement.loc?.start.line ?? 1;
  scope.out.notes.push({ event: 'test', line, code: [...preamble, code].join('\n'), ...(test === undefined ? {} : { test }), disabled: true });
}

// pm.test("name", function () { ... }) or with an arrow function; undefined for anything else.
function pmTest(statement: Node): { name: string; body: readonly Node[] } | undefined {
  if (statement.type !== 'ExpressionStatement') return undefined;
  const call = (statement as Node & { expression: Node }).expression;
  if (!isCall(call) || dottedName(call.callee) !== 'pm.test' || call.arguments.length !== 2) return undefined;
  const name = literalString(call.arguments[0]);
  const fn = call.arguments[1] as (Node & { body: Node & { body?: Node[] }; params: Node[] }) | undefined;
  if (name === undefined || !fn || (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') || fn.params.length > 0) return undefined;
  if (fn.body.type === 'BlockStatement') return { name, body: fn.body.body ?? [] };
  // () => pm.response.to.have.status(200): the expression is the whole body.
  return { name, body: [{ type: 'ExpressionStatement', start: fn.body.start, end: fn.body.end, loc: fn.body.loc, expression: fn.body } as Node] };
}
