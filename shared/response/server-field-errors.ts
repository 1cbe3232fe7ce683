/**
 * A validation answer mapped back onto the form that sent it: FastAPI's 422 (`detail[].loc`, as
 * pydantic writes it) and RFC 9457 problem details with `errors` (`pointer`, `parameter`, `header`)
 * or RFC 7807's `invalid-params` (`name`, `reason`). Each message lands under the parameter or body
 * field it names; what names nothing of this form stays listed as unplaced.
 */
import type { ParameterModel } from '../model/api-model';
import { paramKey } from '../request/build-request';
import type { JsonPath } from '../schema-form/json-path';
import { pathLabel } from '../schema-form/validate-json';
import type { ResponseSnapshot } from '../request/request-model';
import { isRecord } from '../values/is-record';

export interface ServerFieldErrors {
  /** Messages by parameter form key ("query:limit", "path:book_id"). */
  readonly params: Readonly<Record<string, readonly string[]>>;
  /** Messages by body place, as the body form labels it ("$", "$.lines[0].sku"). */
  readonly body: Readonly<Record<string, readonly string[]>>;
  /** Messages that name no parameter or body field of this operation. */
  readonly unplaced: readonly string[];
  /** How many messages the answer carried in all. */
  readonly count: number;
}

type Param = Pick<ParameterModel, 'in' | 'name'>;
type Place = { readonly param: string } | { readonly body: JsonPath } | { readonly nowhere: true };

const LOCATIONS = new Set<string>(['query', 'path', 'header', 'cookie']);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function paramPlace(params: readonly Param[], name: string, location?: string): Place | undefined {
  const same = (p: Param): boolean => (p.in === 'header' ? p.name.toLowerCase() === name.toLowerCase() : p.name === name);
  const found = params.find((p) => same(p) && (location === undefined || p.in === location));
  return found === undefined ? undefined : { param: paramKey(found) };
}

/** "#/profile/color" or "/lines/0/sku" as a path of keys and indexes (RFC 6901 escapes undone). */
function pointerPath(pointer: string): JsonPath {
  const bare = pointer.replace(/^#/, '');
  if (bare === '' || bare === '/') return [];
  return bare
    .split('/')
    .slice(1)
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/** "profile.color" or "lines[0].sku" as a path. */
function dottedPath(name: string): JsonPath {
  return name
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '')
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

// FastAPI: ["body", "lines", 0, "sku"], ["query", "limit"], ["header", "Idempotency-Key"].
function fastApiPlace(loc: readonly unknown[], params: readonly Param[]): Place {
  const [where, ...rest] = loc;
  const path = rest.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
  if (where === 'body') return { body: path };
  if (typeof where === 'string' && LOCATIONS.has(where) && typeof path[0] === 'string') return paramPlace(params, path[0], where) ?? { nowhere: true };
  return { nowhere: true };
}

function problemPlace(item: Readonly<Record<string, unknown>>, params: readonly Param[]): Place {
  const pointer = text(item.pointer);
  if (pointer !== undefined) return { body: pointerPath(pointer) };
  const parameter = text(item.parameter);
  if (parameter !== undefined) return paramPlace(params, parameter) ?? { nowhere: true };
  const header = text(item.header);
  if (header !== undefined) return paramPlace(params, header, 'header') ?? { nowhere: true };
  const name = text(item.name) ?? text(item.field);
  if (name !== undefined) return paramPlace(params, name) ?? { body: dottedPath(name) };
  return { nowhere: true };
}

interface Found {
  readonly place: Place;
  readonly message: string;
}

function readErrors(body: unknown, params: readonly Param[]): Found[] | undefined {
  if (!isRecord(body)) return undefined;
  if (Array.isArray(body.detail)) {
    return body.detail.filter(isRecord).map((item) => {
      const message = text(item.msg) ?? text(item.message) ?? 'is not valid';
      // A body that is not JSON: FastAPI's loc ends with the character where parsing stopped, not an index.
      const at = Array.isArray(item.loc) && item.loc[0] === 'body' ? item.loc[1] : undefined;
      if ((item.type === 'json_invalid' || item.type === 'value_error.jsondecode') && typeof at === 'number') return { place: { body: [] }, message: `${message} (the body is not valid JSON at character ${at})` };
      return { place: Array.isArray(item.loc) ? fastApiPlace(item.loc, params) : { nowhere: true }, message };
    });
  }
  const list = Array.isArray(body.errors) ? body.errors : Array.isArray(body['invalid-params']) ? body['invalid-params'] : undefined;
  if (list === undefined) return undefined;
  return list.filter(isRecord).map((item) => ({ place: problemPlace(item, params), message: text(item.detail) ?? text(item.reason) ?? text(item.message) ?? text(item.title) ?? 'is not valid' }));
}

function add(into: Record<string, string[]>, key: string, message: string): void {
  (into[key] ??= []).push(message);
}

/** The field errors of a 4xx answer, placed on `parameters` and the body; undefined when the answer lists none. */
export function serverFieldErrors(response: ResponseSnapshot, parameters: readonly Param[]): ServerFieldErrors | undefined {
  if (response.status < 400 || response.status >= 500 || response.body.kind !== 'text') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body.text) as unknown;
  } catch {
    return undefined;
  }
  const found = readErrors(parsed, parameters);
  if (found === undefined || found.length === 0) return undefined;
  const params: Record<string, string[]> = {};
  const body: Record<string, string[]> = {};
  const unplaced: string[] = [];
  for (const { place, message } of found) {
    if ('param' in place) add(params, place.param, message);
    else if ('body' in place) add(body, pathLabel(place.body), message);
    else unplaced.push(message);
  }
  return { params, body, unplaced, count: found.length };
}
