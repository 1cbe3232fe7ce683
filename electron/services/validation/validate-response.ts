/** Checks one received response against what the spec declares for its operation. */
import type { HeaderEntry, ResponseBody } from '../../../shared/request/request-model';
import { answerOwner, describeRedirect, type AnswerPlace } from '../../../shared/response/answer-owner';
import { optionalNullNote, valueAt, withOptionalNulls } from '../../../shared/response/optional-null-slip';
import { isJsonMediaType, matchMediaType, matchStatus, usesJsonSchema2020, type ResponseExpectation, type ResponseValidation, type Violation } from '../../../shared/response/response-validation';
import type { JsonSchema } from '../../../shared/model/api-model';
import { validateAgainstSchema, type SchemaError } from './schema-validator';

export interface ReceivedResponse {
  readonly status: number;
  readonly headers: readonly HeaderEntry[];
  readonly contentType?: string;
  readonly body: ResponseBody;
  /** Where the answer came from and the redirects followed: an answer from another operation is judged by that one. */
  readonly place?: AnswerPlace;
}

/**
 * The answer checked against the operation it belongs to (answer-owner): its own when no redirect
 * left it; after one that did, the redirect is the operation's answer (its status must be declared)
 * and the final answer is the target operation's, or no operation's.
 */
export function validateResponse(expectation: ResponseExpectation, response: ReceivedResponse): ResponseValidation {
  const own = expectation.operation;
  if (own === undefined || response.place === undefined) return validateOwn(expectation, response);
  const targets = expectation.redirectTargets;
  const owner = answerOwner(own, targets?.routes ?? [], response.place);
  if (owner.kind === 'own') return validateOwn(expectation, response);
  const name = `${own.method} ${own.path}`;
  const violations: Violation[] = [];
  if (matchStatus(owner.leaving.status, expectation.responses) === undefined) {
    const listed = expectation.responses.map((each) => each.status).join(', ') || 'none';
    violations.push({ kind: 'status', message: `Status ${owner.leaving.status} (the ${describeRedirect(owner.leaving)}) is not declared for this operation (declared: ${listed}).` });
  }
  if (owner.kind === 'elsewhere') {
    const why = targets === undefined ? 'the document is too large to carry every operation along with a send' : 'no operation of the document answers there';
    const note = `The answer came from ${owner.finalUrl} after the ${describeRedirect(owner.leaving)}; ${why}, so it was not checked against ${name}'s responses.`;
    return { conforms: violations.length === 0, violations, notes: [note], bodyUnchecked: true };
  }
  const target = owner.target;
  const inner = validateOwn({ specVersion: expectation.specVersion, responses: target.responses, schemaDefs: targets?.schemaDefs ?? {}, ...(expectation.optionalNullSlip === true ? { optionalNullSlip: true } : {}) }, response);
  const note = `The answer came from ${target.method} ${target.path} after the ${describeRedirect(owner.leaving)} from ${name}, so it was checked against ${target.method} ${target.path}'s responses.`;
  const all = [...violations, ...inner.violations];
  return { conforms: all.length === 0, violations: all, notes: [note, ...inner.notes], ...(inner.matchedStatus === undefined ? {} : { matchedStatus: inner.matchedStatus }) };
}

/** Status declared, content type declared, body valid against its schema, required headers present. */
function validateOwn(expectation: ResponseExpectation, response: ReceivedResponse): ResponseValidation {
  const violations: Violation[] = [];
  const notes: string[] = [];
  const finish = (matchedStatus?: string): ResponseValidation => ({ conforms: violations.length === 0, violations, notes, ...(matchedStatus === undefined ? {} : { matchedStatus }) });

  const matchedStatus = matchStatus(response.status, expectation.responses);
  const declared = expectation.responses.find((each) => each.status === matchedStatus);
  if (!declared) {
    const listed = expectation.responses.map((each) => each.status).join(', ') || 'none';
    violations.push({ kind: 'status', message: `Status ${response.status} is not declared for this operation (declared: ${listed}).` });
    return finish();
  }
  for (const name of declared.requiredHeaders ?? []) {
    if (!response.headers.some((header) => header.name.toLowerCase() === name.toLowerCase())) {
      violations.push({ kind: 'header', message: `The required header ${name} is missing.` });
    }
  }
  if (response.body.kind === 'empty') return finish(matchedStatus);
  if (declared.content.length === 0) {
    notes.push(`The spec declares no body for ${matchedStatus}; the body was not checked.`);
    return finish(matchedStatus);
  }
  const media = declaredMedia(declared.content, response.contentType);
  if (!media) {
    const listed = declared.content.map((each) => each.mediaType).join(', ');
    violations.push({ kind: 'content-type', message: `Content type ${response.contentType ?? '(none)'} is not declared for ${matchedStatus} (declared: ${listed}).` });
    return finish(matchedStatus);
  }
  if (!media.schema) return finish(matchedStatus);
  if (!isJsonMediaType(response.contentType) && !isJsonMediaType(media.mediaType)) {
    notes.push(`The body is ${response.contentType ?? 'untyped'}; only JSON bodies are checked against the schema.`);
    return finish(matchedStatus);
  }
  if (response.body.kind !== 'text' || response.body.truncated) {
    notes.push('The body is incomplete here (over the size limit), so it was not checked against the schema.');
    return { ...finish(matchedStatus), bodyUnchecked: true };
  }
  let value: unknown;
  try {
    value = JSON.parse(response.body.text);
  } catch (error) {
    violations.push({ kind: 'body', pointer: '', message: `The body is not valid JSON: ${(error as Error).message}` });
    return finish(matchedStatus);
  }
  try {
    const modern = modernDialect(expectation.specVersion);
    const errors = validateAgainstSchema(value, media.schema, expectation.schemaDefs, modern);
    const slips = expectation.optionalNullSlip === true && errors.length > 0 ? optionalNullSlips(value, errors, media.schema, expectation.schemaDefs, modern) : NO_SLIPS;
    for (const error of errors) if (!slips.forgiven.has(error)) violations.push({ kind: 'body', pointer: error.pointer, message: error.message });
    if (slips.nulls.length > 0) notes.push(optionalNullNote(slips.nulls));
  } catch (error) {
    notes.push(`The schema for ${matchedStatus} ${media.mediaType} could not be compiled, so the body was not checked: ${(error as Error).message}`);
    return { ...finish(matchedStatus), bodyUnchecked: true };
  }
  return finish(matchedStatus);
}

interface Slips {
  /** The null places that are the slip. */
  readonly nulls: readonly string[];
  /** The errors they explain: their own, and those of a union that fails only because of them. */
  readonly forgiven: ReadonlySet<SchemaError>;
}
const NO_SLIPS: Slips = { nulls: [], forgiven: new Set() };

// A union's message names its closest branch, which relaxing may change: it is the same error either way.
function errorKey(error: SchemaError): string {
  const union = error.keyword === 'anyOf' || error.keyword === 'oneOf';
  return `${error.pointer}\u0000${error.keyword ?? ''}\u0000${union ? '' : error.message}`;
}

/**
 * The pydantic 1 slip: errors at null values that are gone once properties that are not required
 * accept null, together with every other error gone with them (a union that failed only because
 * its meant branch had such a null, and the other branches' errors with it).
 */
function optionalNullSlips(value: unknown, errors: readonly SchemaError[], schema: JsonSchema, defs: Readonly<Record<string, JsonSchema>>, modern: boolean): Slips {
  const nulls = errors.filter((error) => error.pointer !== '' && valueAt(value, error.pointer) === null);
  if (nulls.length === 0) return NO_SLIPS;
  const relaxedDefs = Object.fromEntries(Object.entries(defs).map(([key, def]) => [key, withOptionalNulls(def) as JsonSchema]));
  const still = new Set(validateAgainstSchema(value, withOptionalNulls(schema) as JsonSchema, relaxedDefs, modern).map(errorKey));
  const slipped = nulls.filter((error) => !still.has(errorKey(error)));
  if (slipped.length === 0) return NO_SLIPS;
  return { nulls: [...new Set(slipped.map((error) => error.pointer))], forgiven: new Set(errors.filter((error) => !still.has(errorKey(error)))) };
}

type DeclaredMedia = ResponseExpectation['responses'][number]['content'][number];

/** The declared media entry `contentType` matches; the common single exact match skips the general rules. */
function declaredMedia(content: readonly DeclaredMedia[], contentType: string | undefined): DeclaredMedia | undefined {
  const only = content.length === 1 ? content[0] : undefined;
  if (only !== undefined && only.mediaType === contentType) return only;
  const mediaType = matchMediaType(contentType, content.map((each) => each.mediaType));
  return content.find((each) => each.mediaType === mediaType);
}

// A spec has one version string: its dialect is worked out once, not on every send.
const dialects = new Map<string, boolean>();

function modernDialect(specVersion: string): boolean {
  let modern = dialects.get(specVersion);
  if (modern === undefined) {
    modern = usesJsonSchema2020(specVersion);
    if (dialects.size > 64) dialects.clear();
    dialects.set(specVersion, modern);
  }
  return modern;
}
