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
    .map((finding) => ({ finding, pointer: sourcePointer(document, finding.instancePath ?? '') }))
    .filter(({ finding, pointer }) => !isPathOnlyRule(finding, valueAt(document, pointer)) && !isOtherLocation(finding, pointer, document));
  const byPlace = new Map<string, PlaceGroup>();
  for (const { finding, pointer: at } of causes) {
    const extra = finding.params?.['additionalProperty'];
    const pointer = typeof extra === 'string' ? `${at}/${escapePointerToken(extra)}` : at;
    const slip = describeSlip(finding, valueAt(document, pointer), dialect, lastToken(pointer));
    const group = byPlace.get(pointer) ?? { severity: slip === undefined ? 'error' : 'warning', pointer, messages: [], allowed: [], missing: [] };
    if (slip === undefined) group.severity = 'error';
    byPlace.set(pointer, group);
    // Branches of a oneOf each name their one allowed value or required field: said once, together.
    if (slip === undefined && finding.keyword === 'enum' && Array.isArray(finding.params?.['allowedValues'])) {
      for (const value of finding.params['allowedValues'] as unknown[]) if (!group.allowed.includes(value)) group.allowed.push(value);
      continue;
    }
    const missing = finding.params?.['missingProperty'];
    if (slip === undefined && finding.keyword === 'required' && typeof missing === 'string' && missing !== '$ref') {
      if (!group.missing.includes(missing)) group.missing.push(missing);
      continue;
    }
    const message = slip ?? describeFinding(finding);
    if (!group.messages.includes(message)) group.messages.push(message);
  }
  const grouped = [...byPlace.values()].map((group): Problem => ({ severity: group.severity, message: placeMessage(group, valueAt(document, group.pointer)), pointer: group.pointer }));
  return [...grouped, ...documentSlips(document)].slice(0, limit);
}

interface PlaceGroup {
  severity: Problem['severity'];
  readonly pointer: string;
  readonly messages: string[];
  /** Values an `enum` allows here, from every branch that named some. */
  readonly allowed: unknown[];
  /** Fields found missing here. */
  readonly missing: string[];
}

/** The one message of a place: its fields missing, the values it may take, then the rest. */
function placeMessage(group: PlaceGroup, value: unknown): string {
  const parts: string[] = [];
  if (group.missing.length > 0) parts.push(missingText(group.missing));
  if (group.allowed.length > 0) parts.push(`must be ${group.allowed.length === 1 ? '' : 'one of '}${group.allowed.map((each) => JSON.stringify(each)).join(', ')}${value === undefined ? '' : ` (it is ${JSON.stringify(value)})`}`);
  return [...parts, ...group.messages].join('; ');
}

/** `schema` and `content` are alternatives wherever both are missing (a parameter, a header): one or the other is needed. */
function missingText(missing: readonly string[]): string {
  const alternatives = missing.includes('schema') && missing.includes('content');
  const rest = missing.filter((name) => !alternatives || (name !== 'schema' && name !== 'content')).map((name) => `'${name}'`);
  const either = alternatives ? [`must have either 'schema' or 'content'`] : [];
  const required = rest.length === 0 ? [] : [`must have required propert${rest.length === 1 ? 'y' : 'ies'} ${rest.join(' and ')}`];
  return [...either, ...required].join('; ');
}

/** The locations a parameter may have, in every version. */
const LOCATIONS = new Set(['path', 'query', 'header', 'cookie', 'formData', 'body']);

/**
 * A parameter's `in` is checked by one branch per location: when it holds a real location, the
 * other branches' "must be equal to one of the allowed values" are noise.
 */
function isOtherLocation(finding: ValidationFinding, pointer: string, document: unknown): boolean {
  if (finding.keyword !== 'enum' || lastToken(pointer) !== 'in') return false;
  const value = valueAt(document, pointer);
  return typeof value === 'string' && LOCATIONS.has(value) && isRecord(valueAt(document, pointer.slice(0, pointer.lastIndexOf('/'))));
}

/**
 * `required: true` is a rule of path parameters only. The meta-schema checks it in the path branch
 * of a oneOf on `in`, so a parameter whose `in` is wrong (or another location) also hears it: noise.
 */
function isPathOnlyRule(finding: ValidationFinding, value: unknown): boolean {
  return finding.keyword === 'required' && finding.params?.['missingProperty'] === 'required' && isRecord(value) && typeof value['name'] === 'string' && value['in'] !== 'path';
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
