/** Checks one received response against what the spec declares for its operation. */
import type { HeaderEntry, ResponseBody } from '../../../shared/request/request-model';
import { isJsonMediaType, matchMediaType, matchStatus, usesJsonSchema2020, type ResponseExpectation, type ResponseValidation, type Violation } from '../../../shared/response/response-validation';
import { validateAgainstSchema } from './schema-validator';

export interface ReceivedResponse {
  readonly status: number;
  readonly headers: readonly HeaderEntry[];
  readonly contentType?: string;
  readonly body: ResponseBody;
}

/** Status declared, content type declared, body valid against its schema, required headers present. */
export function validateResponse(expectation: ResponseExpectation, response: ReceivedResponse): ResponseValidation {
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
    return finish(matchedStatus);
  }
  let value: unknown;
  try {
    value = JSON.parse(response.body.text);
  } catch (error) {
    violations.push({ kind: 'body', pointer: '', message: `The body is not valid JSON: ${(error as Error).message}` });
    return finish(matchedStatus);
  }
  try {
    for (const error of validateAgainstSchema(value, media.schema, expectation.schemaDefs, modernDialect(expectation.specVersion))) {
      violations.push({ kind: 'body', pointer: error.pointer, message: error.message });
    }
  } catch (error) {
    notes.push(`The schema for ${matchedStatus} ${media.mediaType} could not be compiled, so the body was not checked: ${(error as Error).message}`);
  }
  return finish(matchedStatus);
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
