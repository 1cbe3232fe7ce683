/**
 * Opening a saved request in the editor: its URL, headers and body mapped back onto the
 * operation's parameters (path values matched against the template, query and header values by
 * name) so the form shows what was saved. Values the operation does not declare are listed apart.
 */
import type { OperationModel } from '../model/api-model';
import { paramKey } from '../request/build-request';
import type { SavedRequest } from './format-v1';

export interface FormValues {
  /** By paramKey ("query:limit"). */
  readonly params: Readonly<Record<string, string>>;
  readonly body?: { readonly mediaType: string; readonly text: string };
  /** Query parameters and headers the operation does not declare (the form cannot show them). */
  readonly unmatched: readonly string[];
}

/** The form values of `saved` for `op`; `baseUrl` is what {{baseUrl}} or a literal prefix stands for. */
export function formValuesFromSaved(saved: SavedRequest, op: Pick<OperationModel, 'path' | 'parameters'>, baseUrl?: string): FormValues {
  const params: Record<string, string> = {};
  const unmatched: string[] = [];
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
    if (!declared) unmatched.push(`query ${name}`);
    else {
      const key = paramKey(declared);
      // A repeated name (?tag=a&tag=b) is the form's comma-separated list.
      params[key] = params[key] === undefined ? value : `${params[key]},${value}`;
    }
  }
  for (const header of saved.headers.filter((h) => h.disabled !== true)) {
    const declared = op.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === header.name.toLowerCase());
    if (declared) params[paramKey(declared)] = header.value;
    else unmatched.push(`header ${header.name}`);
  }
  const body = saved.body.mode === 'raw' ? { mediaType: saved.body.mediaType, text: saved.body.text } : undefined;
  return { params, ...(body ? { body } : {}), unmatched };
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
