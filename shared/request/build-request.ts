/**
 * Builds the request to send from an operation and what the person typed in its form:
 * the URL (path and query serialized per OpenAPI style, explode and allowReserved), headers, cookies and body,
 * with field-level problems the form can show next to each input.
 */
import type { JsonSchema, OperationModel, ParameterModel } from '../model/api-model';
import type { HeaderEntry, RequestBody, RequestDescription } from './request-model';
import type { AppliedAuth } from '../auth/apply-auth';
import { mergeScopes, VariableFiller, type UnresolvedVariable, type VariableScope } from './variable-scopes';
import { resolveNode } from '../schema-form/resolve-node';
import { bodyFile, formBodyKind, formFields, isFileRef, isFileToPick, multipartParts, urlEncodedText } from './form-body';
import { paramValueFromText, type ParamShape } from './param-value-from-text';
import { serializeParameter } from './serialize-parameter';
import { primaryType, resolveSchema, validateParamValue } from './validate-param-value';
import { isRecord } from '../values/is-record';

/** What the person typed, keyed by `paramKey(parameter)`; arrays are typed comma-separated. */
export type ParamValues = Readonly<Record<string, string>>;

export interface BuildInput {
  readonly baseUrl: string;
  readonly params: ParamValues;
  readonly body?: RequestBody;
  /** The model's schemaDefs, so that checks can see through a parameter schema's `$ref`. */
  readonly defs?: Readonly<Record<string, JsonSchema>>;
  /** The active environment's variables: {{name}} in the base URL, parameters and body is replaced. */
  readonly variables?: Readonly<Record<string, string>>;
  /** Where variables come from, highest first (they replace `variables`): a missing one's message names them. */
  readonly scopes?: readonly VariableScope[];
  /** Where a missing variable should be set, when not the first scope. */
  readonly setIn?: string;
  /** Credentials for the operation's security requirement (see shared/auth/apply-auth.ts). */
  readonly auth?: Pick<AppliedAuth, 'headers' | 'query' | 'cookies' | 'credentialNames' | 'signing'>;
}

export interface FieldProblem {
  /** `paramKey(p)`, "baseUrl" or "body": the form field the problem belongs to. */
  readonly key: string;
  readonly message: string;
}

const LOCATION_LABELS: Readonly<Record<ParameterModel['in'], string>> = {
  path: 'Path parameter',
  query: 'Query parameter',
  header: 'Header',
  cookie: 'Cookie',
};

/** The key of a parameter's value in ParamValues: "query:limit". */
export function paramKey(p: { readonly in: string; readonly name: string }): string {
  return `${p.in}:${p.name}`;
}

/** True for application/json and every "+json" media type, with or without parameters. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}

/** How a parameter's typed text is read: content-based parameters take their text as it is. */
export function paramShape(p: ParameterModel, defs: BuildInput['defs']): ParamShape {
  if (p.contentMediaType !== undefined) return 'primitive';
  const schema = resolveSchema(p.schema, defs);
  const type = primaryType(schema);
  if (type === 'array' || p.schemaType.split(' | ').includes('array')) return 'array';
  if (type === 'object' || (type === undefined && typeof schema.properties === 'object')) return 'object';
  return 'primitive';
}

function contentProblem(p: ParameterModel, value: string): string | undefined {
  if (p.contentMediaType === undefined || !isJsonMediaType(p.contentMediaType)) return undefined;
  try {
    JSON.parse(value);
    return undefined;
  } catch {
    return `is not valid JSON, which its media type ${p.contentMediaType} asks for`;
  }
}

function hasHeader(headers: readonly HeaderEntry[], name: string): boolean {
  return headers.some((h) => h.name.toLowerCase() === name.toLowerCase());
}

function checkBaseUrl(baseUrl: string): string | undefined {
  const trimmed = baseUrl.trim();
  if (trimmed === '') return 'There is no base URL: pick a server or type a base URL.';
  let protocol = '';
  try {
    protocol = new URL(trimmed).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    return `"${trimmed}" is not an absolute http(s) URL: pick a server or type a base URL.`;
  }
  return undefined;
}

/** The Accept header the form sends for `op`: its success answers' media types. */
export function acceptHeader(op: Pick<OperationModel, 'responses'>): string | undefined {
  const success = op.responses.find((r) => /^2(\d\d|XX)$/i.test(r.status));
  if (success === undefined || success.content.length === 0) return undefined;
  return success.content.map((c) => c.mediaType).join(', ');
}

/** The input with {{variables}} filled in; each unresolved name is a problem on its fields and stops the build. */
function withVariables(input: BuildInput, problems: FieldProblem[], unresolved: UnresolvedVariable[]): BuildInput {
  // Without an environment there are still {{$dynamic}} values to fill, and names that have no value.
  const scopes = input.scopes ?? (input.variables === undefined ? [] : [{ label: 'the active environment', values: input.variables }]);
  const filler = new VariableFiller(mergeScopes(scopes));
  const keysOf = new Map<string, string>();
  const fill = (key: string, place: string, text: string, json = false): string => {
    keysOf.set(place, key);
    return json ? filler.fillJson(text, place) : filler.fill(text, place);
  };
  const params = Object.fromEntries(Object.entries(input.params).map(([key, value]) => [key, fill(key, fieldLabel(key), value)]));
  const baseUrl = fill('baseUrl', 'the base URL', input.baseUrl);
  const body = input.body === undefined ? undefined : { ...input.body, text: fill('body', 'the body', input.body.text, isJsonMediaType(input.body.mediaType)) };
  for (const missing of filler.unresolved(scopes, input.setIn)) {
    unresolved.push(missing);
    for (const place of missing.places) problems.push({ key: keysOf.get(place) ?? 'body', message: missing.message });
  }
  return { ...input, baseUrl, params, ...(body ? { body } : {}) };
}

// "query:limit" -> 'query parameter "limit"', as a missing variable's message names the field.
function fieldLabel(key: string): string {
  const colon = key.indexOf(':');
  const where = key.slice(0, colon) as ParameterModel['in'];
  return `${(LOCATION_LABELS[where] ?? 'Field').toLowerCase()} "${key.slice(colon + 1)}"`;
}

// A file field holds a staged file or nothing: the example text a generator put there ("string") is not a file.
function withoutPlaceholderFiles(fields: Record<string, unknown>, schema: JsonSchema | undefined, defs: BuildInput['defs']): Record<string, unknown> {
  const properties = resolveNode(schema, defs ?? {}).schema.properties;
  if (!isRecord(properties)) return fields;
  const isFile = (s: unknown): boolean => resolveNode(s, defs ?? {}).schema.format === 'binary';
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, value]): [string, unknown][] => {
      const property = resolveNode(properties[name], defs ?? {}).schema;
      const fileField = isFile(property) || (property.type === 'array' && isFile(property.items));
      if (!fileField) return [[name, value]];
      const files = Array.isArray(value) ? value.filter(isFileRef) : isFileRef(value) ? value : undefined;
      return files === undefined || (Array.isArray(files) && files.length === 0) ? [] : [[name, files]];
    }),
  );
}

// An imported file part names no file: the request says a file goes there, not which one.
function filePickProblem(part: string, file: string): string {
  return file === '' ? `Part "${part}" sends a file that the saved request does not name: pick a file for it, then send.` : `Part "${part}" was saved with the file ${file}, which is not kept with the request: pick it again, then send.`;
}

/** Form and file bodies as they are sent: urlencoded text, multipart parts, or one staged file. */
function shapeBody(body: RequestBody, schema: JsonSchema | undefined, defs: BuildInput['defs']): { body: RequestBody; problem?: string } {
  const kind = formBodyKind(body.mediaType, schema);
  if (kind === 'urlencoded') return { body: { mediaType: body.mediaType, text: urlEncodedText(formFields(body.text)) } };
  if (kind === 'multipart') {
    const fields = formFields(body.text);
    const toPick = Object.entries(fields).filter(([, value]) => isFileToPick(value));
    const problem = toPick.length === 0 ? undefined : toPick.map(([name, value]) => filePickProblem(name, (value as { $pick: string }).$pick)).join(' ');
    return { body: { mediaType: body.mediaType, text: '', parts: multipartParts(withoutPlaceholderFiles(fields, schema, defs)) }, ...(problem === undefined ? {} : { problem }) };
  }
  if (kind === 'file') {
    const file = bodyFile(body.text);
    // Text typed by hand for a binary media type is sent as it is.
    return file === undefined ? { body } : { body: { mediaType: body.mediaType, text: '', fileId: file.$file } };
  }
  return { body };
}

/** Builds the request; without an absolute base URL or a required path value there is no request, only problems. */
export function buildRequest(op: OperationModel, given: BuildInput): { request?: RequestDescription; problems: FieldProblem[]; unresolved: UnresolvedVariable[] } {
  const problems: FieldProblem[] = [];
  const unresolved: UnresolvedVariable[] = [];
  const input = withVariables(given, problems, unresolved);
  // A base URL waiting for a variable has that problem already.
  const baseProblem = unresolved.some((u) => u.places.includes('the base URL')) ? 'unresolved' : checkBaseUrl(input.baseUrl);
  if (baseProblem !== undefined && baseProblem !== 'unresolved') problems.push({ key: 'baseUrl', message: baseProblem });

  const pathValues = new Map<string, string>();
  const query: string[] = [];
  const headers: HeaderEntry[] = [];
  const cookies: string[] = [];
  for (const p of op.parameters) {
    const key = paramKey(p);
    const label = `${LOCATION_LABELS[p.in]} "${p.name}"`;
    const value = input.params[key] ?? '';
    if (value === '') {
      if (p.required && p.in !== 'path') problems.push({ key, message: `${label} is required.` });
      continue;
    }
    const shape = paramShape(p, input.defs);
    const parsed = paramValueFromText(value, shape);
    const valueProblems = parsed.problem !== undefined ? [parsed.problem] : shape === 'object' ? [] : validateParamValue(p.schema, value, input.defs);
    const content = contentProblem(p, value);
    if (content !== undefined) valueProblems.push(content);
    for (const message of valueProblems) problems.push({ key, message: `${label} ${message}.` });
    if (parsed.value.kind === 'array' && parsed.value.items.length === 0 && p.in !== 'path') continue;
    const out = serializeParameter({ name: p.name, in: p.in, style: p.style, explode: p.explode, allowReserved: p.allowReserved }, parsed.value);
    if (out.in === 'path') pathValues.set(p.name, out.text);
    else if (out.in === 'query') query.push(...out.pairs);
    else if (out.in === 'cookie') cookies.push(...out.pairs);
    else if (/[\r\n]/.test(out.text)) problems.push({ key, message: `${label} cannot contain a line break; it was left out.` });
    else headers.push({ name: p.name, value: out.text });
  }

  let pathComplete = true;
  const path = op.path.replace(/\{([^{}]+)\}/g, (_whole, name: string) => {
    const value = pathValues.get(name);
    if (value !== undefined) return value;
    pathComplete = false;
    problems.push({ key: paramKey({ in: 'path', name }), message: `Path parameter "${name}" is required: fill it in to build the URL.` });
    return '';
  });

  // Auth goes after the parameters, and a header the person typed themselves wins over it.
  for (const header of input.auth?.headers ?? []) if (!hasHeader(headers, header.name)) headers.push(header);
  query.push(...(input.auth?.query ?? []));
  cookies.push(...(input.auth?.cookies ?? []));
  if (cookies.length > 0) headers.push({ name: 'Cookie', value: cookies.join('; ') });
  let body: RequestBody | undefined;
  if (op.requestBody !== undefined) {
    if (input.body !== undefined && input.body.text !== '') {
      const schema = op.requestBody.content.find((m) => m.mediaType === input.body?.mediaType)?.schema;
      const shaped = shapeBody(input.body, schema, input.defs);
      body = shaped.body;
      if (shaped.problem !== undefined) problems.push({ key: 'body', message: shaped.problem });
      for (const name of emptyRequiredFields(input.body, schema, input.defs)) problems.push({ key: 'body', message: `Form field "${name}" is required.` });
      if (!hasHeader(headers, 'content-type')) headers.push({ name: 'Content-Type', value: body.mediaType });
      // A body still waiting for a variable is not JSON yet: that problem is said already.
      if (isJsonMediaType(body.mediaType) && !unresolved.some((u) => u.places.includes('the body'))) {
        try {
          JSON.parse(body.text);
        } catch (error) {
          problems.push({ key: 'body', message: `The body is not valid JSON (${(error as Error).message}). Fix it or pick another media type.` });
        }
      }
    } else if (op.requestBody.required) {
      problems.push({ key: 'body', message: 'The request body is required.' });
    }
  }
  const accept = acceptHeader(op);
  if (accept !== undefined && !hasHeader(headers, 'accept')) headers.push({ name: 'Accept', value: accept });

  // A {{name}} without a value is never sent as typed.
  if (baseProblem !== undefined || !pathComplete || unresolved.length > 0) return { problems, unresolved };
  const url = `${input.baseUrl.trim().replace(/\/+$/, '')}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  const request: RequestDescription = body === undefined ? { method: op.method, url, headers } : { method: op.method, url, headers, body };
  // The names the auth and the document declare ride along, so redirects, history and curl know them.
  const credentialNames = input.auth?.credentialNames;
  const signing = input.auth?.signing;
  return { request: { ...request, ...(credentialNames === undefined ? {} : { credentialNames }), ...(signing === undefined ? {} : { signing }) }, problems, unresolved };
}

/** The required url-encoded or multipart fields left empty: flagged as an empty required query field is, since a field with no example starts empty. */
function emptyRequiredFields(body: { readonly mediaType: string; readonly text: string }, schema: JsonSchema | undefined, defs: BuildInput['defs']): string[] {
  const kind = formBodyKind(body.mediaType, schema);
  if (schema === undefined || (kind !== 'urlencoded' && kind !== 'multipart')) return [];
  const required = resolveNode(schema, defs ?? {}).schema.required;
  if (!Array.isArray(required)) return [];
  const fields = formFields(body.text);
  return required.filter((name): name is string => typeof name === 'string' && (fields[name] === undefined || fields[name] === ''));
}

