/**
 * Turns a meta-schema validator's findings (ajv, with allErrors) into one Problem per real fault.
 *
 * The OpenAPI meta-schemas wrap most objects in `oneOf: [Reference, Thing]`, so one bad keyword
 * reports itself, then "must have required property '$ref'" and "must match exactly one schema in
 * oneOf" at every enclosing level. Those branch failures say nothing on their own: they are dropped
 * whenever a finding at or below their place explains them. swagger-parser validates the
 * dereferenced document, so a fault in a shared schema is reported once per use: each finding is
 * traced back through the document's `$ref`s to where it is written, and counted there once.
 * Known dialect slips of common generators are named as warnings (see dialect-slips.ts).
 */
import type { Problem } from '../model/api-model';
import { describeSlip, documentSlips, type SpecDialect } from './dialect-slips';
import { escapePointerToken } from './resolve-pointer';
import { asRecord, isRecord } from '../values/is-record';

/** What the validator says about one place: the fields of an ajv ErrorObject this reads. */
export interface ValidationFinding {
  readonly instancePath?: string;
  readonly keyword?: string;
  readonly message?: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

interface Located {
  readonly finding: ValidationFinding;
  readonly pointer: string;
}

/** One Problem per cause among `findings` about `document` (the bundled one, `$ref`s kept), slips included, at most `limit`. */
export function problemCauses(findings: readonly ValidationFinding[], document: unknown, limit = 200): Problem[] {
  const dialect = dialectOf(document);
  // Explanations are looked for in the validator's own (dereferenced) paths: below a $ref, a finding's
  // source place is in another part of the document than the branch failure it explains.
  const precise = findings.filter((finding) => !isBranchFailure(finding)).map((finding) => finding.instancePath ?? '');
  const causes: Located[] = findings
    .filter((finding) => !isBranchFailure(finding) || !precise.some((path) => isAtOrBelow(path, finding.instancePath ?? '')))
    .map((finding) => ({ finding, pointer: sourcePointer(document, finding.instancePath ?? '') }));
  const byPlace = new Map<string, { severity: Problem['severity']; pointer: string; messages: string[] }>();
  for (const { finding, pointer: at } of causes) {
    const extra = finding.params?.['additionalProperty'];
    const pointer = typeof extra === 'string' ? `${at}/${escapePointerToken(extra)}` : at;
    const slip = describeSlip(finding, valueAt(document, pointer), dialect, lastToken(pointer));
    const message = slip ?? describeFinding(finding);
    const group = byPlace.get(pointer) ?? { severity: slip === undefined ? 'error' : 'warning', pointer, messages: [] };
    if (slip === undefined) group.severity = 'error';
    if (!group.messages.includes(message)) group.messages.push(message);
    byPlace.set(pointer, group);
  }
  const grouped = [...byPlace.values()].map(({ severity, pointer, messages }): Problem => ({ severity, message: messages.join('; '), pointer }));
  return [...grouped, ...documentSlips(document)].slice(0, limit);
}

/** A oneOf/anyOf branch that did not match: noise when something more precise is said at or below it. */
function isBranchFailure(finding: ValidationFinding): boolean {
  if (finding.keyword === 'required' && finding.params?.['missingProperty'] === '$ref') return true;
  if (finding.keyword === 'anyOf' || finding.keyword === 'if') return true;
  // passingSchemas set means several branches matched: that is a fault of its own.
  return finding.keyword === 'oneOf' && !Array.isArray(finding.params?.['passingSchemas']);
}

function isAtOrBelow(pointer: string, place: string): boolean {
  return pointer === place || pointer.startsWith(`${place}/`);
}

function describeFinding(finding: ValidationFinding): string {
  const extra = finding.params?.['additionalProperty'];
  const base = finding.message ?? 'is invalid';
  if (typeof extra === 'string') return `is not a field the specification defines here (${base})`;
  if (finding.keyword === 'required' && finding.params?.['missingProperty'] === '$ref') return 'is neither a valid object of its kind nor a $ref';
  return base;
}

function dialectOf(document: unknown): SpecDialect {
  const record = asRecord(document) ?? {};
  if (record['swagger'] !== undefined) return '2.0';
  return String(record['openapi'] ?? '').startsWith('3.1') ? '3.1' : '3.0';
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function lastToken(pointer: string): string {
  return unescapeToken(pointer.slice(pointer.lastIndexOf('/') + 1));
}

function child(node: unknown, token: string): unknown {
  if (Array.isArray(node)) return node[Number(token)];
  if (isRecord(node)) return node[token];
  return undefined;
}

function internalRef(node: unknown): string | undefined {
  const ref = isRecord(node) ? node['$ref'] : undefined;
  return typeof ref === 'string' && (ref === '#' || ref.startsWith('#/')) ? ref : undefined;
}

/**
 * Where `instancePath` (a path into the dereferenced document) is written in `document`: each
 * internal `$ref` met on the way is followed, so a shared schema's fault has one place.
 */
export function sourcePointer(document: unknown, instancePath: string): string {
  let node = document;
  let tokens: string[] = [];
  for (const token of instancePath === '' ? [] : instancePath.slice(1).split('/').map(unescapeToken)) {
    const hops = new Set<string>();
    let ref = internalRef(node);
    while (ref !== undefined && !hops.has(ref)) {
      hops.add(ref);
      tokens = ref === '#' ? [] : ref.slice(2).split('/').map(unescapeToken);
      node = tokens.reduce<unknown>(child, document);
      ref = internalRef(node);
    }
    node = child(node, token);
    tokens.push(token);
  }
  return `#${tokens.map((token) => `/${escapePointerToken(token)}`).join('')}`;
}

function valueAt(document: unknown, pointer: string): unknown {
  return pointer === '#' ? document : pointer.slice(2).split('/').map(unescapeToken).reduce<unknown>(child, document);
}

/** The problems that make a document non-conforming (strict mode refuses it): errors, never named slips. */
export function blockingProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error');
}
