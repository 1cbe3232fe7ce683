/**
 * One request verify sends, as values rather than bytes: the parameters (by "in:name", values
 * as JSON), the body (absent, or a JSON value) and extra headers; `caseRequest` turns it into
 * the request the send path takes, through the same builder the editor uses.
 */
import type { RequestSigning } from '../auth/request-signing';
import type { ApiModel, OperationModel } from '../model/api-model';
import { buildRequest, isJsonMediaType } from '../request/build-request';
import type { HeaderEntry, RequestDescription } from '../request/request-model';
import { responseExpectation } from '../response/response-validation';
import { formBodyKind } from '../request/form-body';
import { generatedParts } from './form-case-body';

export interface RequestCase {
  /** Parameter values by "in:name"; a parameter not listed is not sent. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The body value; absent means no body. */
  readonly body?: { readonly value: unknown };
  /** What the case stands for: "name: maxLength 40", "missing required year". */
  readonly label: string;
}

export interface CaseTarget {
  readonly model: ApiModel;
  readonly baseUrl: string;
  /** Headers added to every request (credentials given with --header), unless the case sets them. */
  readonly headers: readonly HeaderEntry[];
  /** Digest or SigV4 credentials every request is signed with, like the headers. */
  readonly signing?: RequestSigning;
  readonly timeoutMs?: number;
}

/** The text a parameter value is typed as: arrays comma-separated, objects as JSON, the rest as is. */
export function paramText(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item))).join(',');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** The media type verify sends a body as: JSON when the operation takes it, else the first declared. */
export function bodyMediaType(op: OperationModel): string | undefined {
  const content = op.requestBody?.content ?? [];
  return (content.find((m) => isJsonMediaType(m.mediaType)) ?? content[0])?.mediaType;
}

/** The request for `testCase` of `op`; undefined when it cannot be built (a path value missing). */
export function caseRequest(op: OperationModel, testCase: RequestCase, target: CaseTarget): RequestDescription | undefined {
  const params = Object.fromEntries(Object.entries(testCase.params).map(([key, value]) => [key, paramText(value)]));
  const mediaType = bodyMediaType(op);
  const body = testCase.body === undefined || mediaType === undefined ? undefined : { mediaType, text: JSON.stringify(testCase.body.value) ?? 'null' };
  // A null body is still a body: buildRequest skips empty text only.
  const built = buildRequest(op, { baseUrl: target.baseUrl, params, defs: target.model.schemaDefs, ...(body === undefined ? {} : { body }) });
  if (built.request === undefined) return undefined;
  // The builder keeps only staged files in a file field; verify's files are generated, so it writes the parts itself.
  const multipart = body !== undefined && testCase.body !== undefined && formBodyKind(body.mediaType) === 'multipart';
  const schema = op.requestBody?.content.find((m) => m.mediaType === mediaType)?.schema;
  if (multipart) {
    const parts = generatedParts(testCase.body?.value, schema, target.model.schemaDefs);
    // A multipart body has at least one part (RFC 2046): with no field to send, no body is sent.
    if (parts.length > 0) built.request = { ...built.request, body: { mediaType: body.mediaType, text: '', parts } };
    else built.request = withoutBody(built.request);
  }
  const given = built.request.headers;
  const extra = target.headers.filter((h) => !given.some((g) => g.name.toLowerCase() === h.name.toLowerCase()));
  return {
    ...built.request,
    headers: [...given, ...extra],
    maxRedirects: 0,
    expect: responseExpectation(target.model, op),
    ...(target.timeoutMs === undefined ? {} : { timeoutMs: target.timeoutMs }),
    ...(target.signing === undefined ? {} : { signing: target.signing }),
  };
}

function withoutBody(request: RequestDescription): RequestDescription {
  const rest: RequestDescription = { ...request, headers: request.headers.filter((h) => h.name.toLowerCase() !== 'content-type') };
  delete rest.body;
  return rest;
}
