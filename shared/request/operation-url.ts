/**
 * The URL bar of an operation's form: the URL its fields build, with {{variables}} kept as typed
 * (the bar shows where each value comes from), and a URL typed into the bar read back into the
 * fields: its query becomes the query parameters (undeclared names become extra query values).
 */
import { newSavedRequest } from '../collections/collection-tree';
import { formValuesFromSaved, type ExtraParam } from '../collections/form-values';
import type { JsonSchema, OperationModel } from '../model/api-model';
import { buildRequest, paramKey, type ParamValues } from './build-request';

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

// The base URL is the person's, variables and all: the build gets a stand-in and the typed one goes back in.
const STAND_IN_BASE = 'http://base.invalid';

/** The form's URL with each {{variable}} left in place; the bare template while a path value is missing. */
export function operationUrl(op: OperationModel, baseUrl: string, params: ParamValues, extras: readonly ExtraParam[], defs?: Readonly<Record<string, JsonSchema>>): string {
  const names = new Set<string>();
  for (const text of Object.values(params)) for (const match of text.matchAll(VARIABLE)) names.add(match[1] ?? '');
  // Each variable becomes a token that survives encoding, then turns back into its {{name}}.
  const tokens = [...names].map((name, index) => ({ name, token: `zzrtvar${index}zz` }));
  const values = Object.fromEntries(tokens.map(({ name, token }) => [name, token]));
  const built = buildRequest(op, { baseUrl: STAND_IN_BASE, params, ...(defs ? { defs } : {}), scopes: [{ label: 'the form', values }] });
  const typedBase = baseUrl.trim().replace(/\/+$/, '');
  const path = built.request === undefined ? op.path : built.request.url.slice(STAND_IN_BASE.length);
  const added = extras.filter((extra) => extra.in === 'query').map((extra) => `${encodeURIComponent(extra.name)}=${encodeURIComponent(extra.value)}`);
  const url = `${typedBase}${path}${added.length === 0 ? '' : `${path.includes('?') ? '&' : '?'}${added.join('&')}`}`;
  return tokens.reduce((text, { name, token }) => text.replaceAll(token, `{{${name}}}`), url).replace(/%7B%7B(.*?)%7D%7D/gi, (_match, inner: string) => `{{${safeDecode(inner)}}}`);
}

/** The URL up to its query: what the operation's path and the server decide. */
export function urlBeforeQuery(url: string): string {
  return (url.split('#')[0] ?? '').split('?')[0] ?? '';
}

/** The query of `url` as the form's fields: every declared query parameter (unset when absent) and the undeclared names as extras. */
export function queryFromUrl(op: OperationModel, url: string, params: ParamValues, extras: readonly ExtraParam[]): { readonly params: ParamValues; readonly extras: readonly ExtraParam[] } {
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  // Parsed as a saved request's URL is, so the bar and an opened saved request read a query the same way.
  const values = formValuesFromSaved(newSavedRequest({ name: '', method: op.method, url: query }), op);
  const next: Record<string, string> = { ...params };
  for (const param of op.parameters.filter((candidate) => candidate.in === 'query')) next[paramKey(param)] = values.params[paramKey(param)] ?? '';
  return { params: next, extras: [...extras.filter((extra) => extra.in !== 'query'), ...values.extras] };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
