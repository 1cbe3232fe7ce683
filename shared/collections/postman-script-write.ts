/**
 * Writes a request's assertions and captures back as Postman test script lines (pm.test and
 * pm.collectionVariables.set), so newman runs the same checks, and puts script notes back
 * where they came from. Assertions sharing a label (an imported pm.test) go into one pm.test.
 * A check newman cannot run is written as a comment that carries it whole, so importing the
 * export gives the collection back as it was (postman-script-read.ts reads it).
 */
import type { Assertion, Capture } from '../runner/assertion-model';
import { describeAssertion } from '../runner/assertion-kinds';
import { isJsonPointer, parseJsonPath, type Segment } from '../runner/json-path';
import type { SavedRequest, ScriptNote } from './format-v1';
import { carriedCheck, oneLine } from './postman-carried-checks';

/** The "exec" lines of the request's test script; empty when it has nothing to check. */
export function testScriptLines(request: Pick<SavedRequest, 'assertions' | 'captures' | 'scriptNotes'>): string[] {
  // Assertions in their order: one label's run of assertions is one pm.test, so an import gives the same order back.
  const groups: { label: string; body: string[] }[] = [];
  for (const raw of request.assertions ?? []) {
    const assertion = raw as Assertion;
    const label = assertion.label ?? describeAssertion(assertion);
    const last = groups.at(-1);
    if (last?.label === label) last.body.push(`    ${assertionCode(assertion)}`);
    else groups.push({ label, body: [`    ${assertionCode(assertion)}`] });
  }
  const notes = (request.scriptNotes ?? []).filter((n) => n.event === 'test');
  for (const n of notes) {
    if (n.test === undefined) continue;
    const group = groups.findLast((g) => g.label === n.test);
    if (group) group.body.push(...indent(n.code, '    '));
    else groups.push({ label: n.test, body: indent(n.code, '    ') });
  }
  const lines: string[] = [];
  for (const { label, body } of groups) {
    // A pm.test holding only "not exported" comments would pass in newman: it stays a comment.
    if (body.every((line) => line.trim().startsWith('//'))) lines.push(...body.map((line) => line.trim()));
    else lines.push(`pm.test(${JSON.stringify(label)}, function () {`, ...body, '});');
  }
  for (const n of notes) if (n.test === undefined) lines.push(...n.code.split('\n'));
  for (const raw of request.captures ?? []) lines.push(captureCode(raw as Capture));
  return lines;
}

/** The "exec" lines of the request's pre-request script (kept notes only). */
export function preRequestLines(notes: readonly ScriptNote[] | undefined): string[] {
  return (notes ?? []).filter((n) => n.event === 'prerequest').flatMap((n) => n.code.split('\n'));
}

function assertionCode(a: Assertion): string {
  switch (a.type) {
    case 'status':
      return `pm.response.to.have.status(${a.equals});`;
    case 'status-range':
      return `pm.expect(pm.response.code).to.be.within(${a.min}, ${a.max});`;
    case 'status-in':
      return `pm.expect(pm.response.code).to.be.oneOf(${JSON.stringify(a.codes)});`;
    case 'response-time':
      return `pm.expect(pm.response.responseTime).to.be.below(${a.belowMs});`;
    case 'header':
      return headerCode(a);
    case 'body': {
      const value = expected(a.value);
      return a.op === 'equals' ? `pm.expect(pm.response.text()).to.equal(${value});` : a.op === 'contains' ? `pm.expect(pm.response.text()).to.include(${value});` : `pm.expect(pm.response.text()).to.match(new RegExp(${value}));`;
    }
    case 'json':
      return jsonCode(a);
    case 'conforms':
    case 'idempotent':
      return `// Not exported: "${oneLine(describeAssertion(a))}" needs Roundtrip (the spec or two more sends). ${carriedCheck('assertion', a)}`;
  }
}

function headerCode(a: Extract<Assertion, { type: 'header' }>): string {
  const name = JSON.stringify(a.name);
  switch (a.op) {
    case 'exists':
      return `pm.response.to.have.header(${name});`;
    case 'absent':
      return `pm.response.to.not.have.header(${name});`;
    case 'equals':
      return `pm.response.to.have.header(${name}, ${expected(a.value ?? '')});`;
    case 'matches':
      return `pm.expect(pm.response.headers.get(${name})).to.match(new RegExp(${expected(a.value ?? '')}));`;
  }
}

function jsonCode(a: Extract<Assertion, { type: 'json' }>): string {
  const target = jsonExpression(a.path);
  if (target === undefined) return `// Not exported: ${oneLine(describeAssertion(a))} (a JSONPath with wildcards has no plain script form). ${carriedCheck('assertion', a)}`;
  const value = expected(a.value);
  switch (a.op) {
    case 'exists':
      return `pm.expect(${target}).to.not.be.undefined;`;
    case 'absent':
      return `pm.expect(${target}).to.be.undefined;`;
    // Roundtrip's equals lets "3" meet 3 (a captured variable is text): the script compares the same way.
    case 'equals':
      return typeof a.value === 'string' && /\{\{/.test(a.value) ? `pm.expect(String(${target})).to.eql(${value});` : `pm.expect(${target}).to.eql(${value});`;
    case 'contains':
      return `pm.expect(${target}).to.deep.include(${value});`;
    case 'matches':
      return `pm.expect(String(${target})).to.match(new RegExp(${value}));`;
    case 'type':
      return a.value === 'integer' ? `pm.expect(Number.isInteger(${target})).to.be.true;` : `pm.expect(${target}).to.be.an(${value});`;
    case 'above':
      return `pm.expect(${target}).to.be.above(${value});`;
    case 'below':
      return `pm.expect(${target}).to.be.below(${value});`;
    case 'at-least':
      return `pm.expect(${target}).to.be.at.least(${value});`;
    case 'at-most':
      return `pm.expect(${target}).to.be.at.most(${value});`;
    case 'length':
      return `pm.expect(${target}).to.have.lengthOf(${value});`;
  }
}

function captureCode(c: Capture): string {
  const name = JSON.stringify(c.name);
  if (c.from === 'status') return `pm.collectionVariables.set(${name}, pm.response.code);`;
  if (c.from === 'header') return `pm.collectionVariables.set(${name}, pm.response.headers.get(${JSON.stringify(c.path ?? '')}));`;
  const target = jsonExpression(c.path ?? '');
  return target === undefined ? `// Not exported: capture ${c.name} from ${oneLine(c.path ?? '')} (a JSONPath with wildcards has no plain script form). ${carriedCheck('capture', c)}` : `pm.collectionVariables.set(${name}, ${target});`;
}

/** `pm.response.json().items[0].id` for "$.items[0].id" or "/items/0/id"; undefined for wildcards. */
export function jsonExpression(path: string): string | undefined {
  let segments: Segment[];
  try {
    segments = isJsonPointer(path.trim())
      ? path
          .trim()
          .split('/')
          .slice(1)
          .map((raw): Segment => {
            const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
            return /^(0|[1-9]\d*)$/.test(token) ? { kind: 'index', index: Number(token) } : { kind: 'key', key: token };
          })
      : parseJsonPath(path.trim());
  } catch {
    return undefined;
  }
  let out = 'pm.response.json()';
  for (const segment of segments) {
    if (segment.kind === 'key') out += /^[A-Za-z_$][\w$]*$/.test(segment.key) ? `.${segment.key}` : `[${JSON.stringify(segment.key)}]`;
    else if (segment.kind === 'index') out += segment.index < 0 ? `.at(${segment.index})` : `[${segment.index}]`;
    else return undefined;
  }
  return out;
}

// A {{variable}} in an expected value is filled by Postman at run time, as Roundtrip fills it.
function expected(value: unknown): string {
  if (typeof value === 'string' && /\{\{/.test(value)) return `pm.variables.replaceIn(${JSON.stringify(value)})`;
  return JSON.stringify(value ?? null);
}

function indent(code: string, by: string): string[] {
  return code.split('\n').map((line) => `${by}${line}`);
}
