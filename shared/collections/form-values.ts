/**
 * Opening a saved request in the editor: its URL, headers and body mapped back onto the
 * operation's parameters (path values matched against the template, query and header values by
 * name) so the form shows what was saved. Values the operation does not declare are listed apart.
 */
import { substitute } from '../environments/substitute';
import type { OperationModel } from '../model/api-model';
import { paramKey } from '../request/build-request';
import type { RequestDescription } from '../request/request-model';
import type { SavedRequest } from './format-v1';

export interface FormValues {
  /** By paramKey ("query:limit"). */
  readonly params: Readonly<Record<string, string>>;
  readonly body?: { readonly mediaType: string; readonly text: string };
  /** Query parameters and headers the operation does not declare, named ("query limit", "header X-Trace"). */
  readonly unmatched: readonly string[];
  /** The same with their values: the form shows them apart and sends them with the request. */
  readonly extras: readonly ExtraParam[];
}

/** A query value or header a saved request has and its operation does not declare. */
export interface ExtraParam {
  readonly in: 'query' | 'header';
  readonly name: string;
  readonly value: string;
}

/** The form values of `saved` for `op`; `baseUrl` is what {{baseUrl}} or a literal prefix stands for. */
export function formValuesFromSaved(saved: SavedRequest, op: Pick<OperationModel, 'path' | 'parameters'>, baseUrl?: string): FormValues {
  const params: Record<string, string> = {};
  const unmatched: string[] = [];
  const extras: ExtraParam[] = [];
  let rest = saved.url.replace(/^\{\{\s*baseUrl\s*\}\}/, '');
  if (rest === saved.url && baseUrl && rest.startsWith(baseUrl)) rest = rest.slice(baseUrl.length);
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(rest)) rest = rest.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
  const [pathPart = '', query = ''] = rest.split('#')[0]?.split(/\?(.*)/s) ?? [];
  for (const [name, value] of Object.entries(matchTemplate(op.path, pathPart))) params[paramKey({ in: 'path', name })] = value;
  for (const pair of query.split('&').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const declared = op.parameters.find((p) => p.in === 'query' && p.name === name);
    if (!declared) {
      unmatched.push(`query ${name}`);
      extras.push({ in: 'query', name, value });
    } else {
      const key = paramKey(declared);
      // A repeated name (?tag=a&tag=b) is the form's comma-separated list.
      params[key] = params[key] === undefined ? value : `${params[key]},${value}`;
    }
  }
  for (const header of saved.headers.filter((h) => h.disabled !== true)) {
    const declared = op.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === header.name.toLowerCase());
    if (declared) params[paramKey(declared)] = header.value;
    else {
      unmatched.push(`header ${header.name}`);
      extras.push({ in: 'header', name: header.name, value: header.value });
    }
  }
  const body = saved.body.mode === 'raw' ? { mediaType: saved.body.mediaType, text: saved.body.text } : undefined;
  return { params, ...(body ? { body } : {}), unmatched, extras };
}

/** The built request with the extras added: headers after the form's, query pairs at the end of the URL ({{variables}} filled). */
export function withExtraParams(request: RequestDescription, extras: readonly ExtraParam[] | undefined, variables: Readonly<Record<string, string>> = {}): RequestDescription {
  if (extras === undefined || extras.length === 0) return request;
  const fill = (text: string): string => substitute(text, variables).text;
  const query = extras.filter((e) => e.in === 'query').map((e) => `${encodeURIComponent(fill(e.name))}=${encodeURIComponent(fill(e.value))}`);
  const [beforeHash = '', ...hash] = request.url.split('#');
  const url = query.length === 0 ? request.url : `${beforeHash}${beforeHash.includes('?') ? '&' : '?'}${query.join('&')}${hash.length > 0 ? `#${hash.join('#')}` : ''}`;
  const headers = [...request.headers, ...extras.filter((e) => e.in === 'header').map((e) => ({ name: fill(e.name), value: fill(e.value) }))];
  return { ...request, url, headers };
}

function matchTemplate(template: string, actual: string): Record<string, string> {
  const names: string[] = [];
  // Braces are not escaped first, so each {name} is still whole when it is replaced by a group.
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^{}]+)\}/g, (_whole, name: string) => {
    names.push(name);
    return '([^/]*)';
  });
  const match = new RegExp(`^${pattern}/?$`).exec(actual);
  if (!match) return {};
  return Object.fromEntries(names.map((name, index) => [name, decode(match[index + 1] ?? '')]));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
