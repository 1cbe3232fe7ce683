/** The query of a URL typed in the URL bar as editable rows, and back: {{variables}} stay as typed. */
import type { KeyValue } from '../collections/format-v1';
import { decodeFormComponent as decode } from './form-fields';

/** The name=value pairs after "?" (before any #), decoded; a {{variable}} is kept whole. */
export function queryRows(url: string): KeyValue[] {
  const query = url.split('#')[0]?.split(/\?(.*)/s)[1];
  if (query === undefined || query === '') return [];
  return query.split('&').filter((pair) => pair !== '').map((pair) => {
    const eq = pair.indexOf('=');
    return { name: decode(eq < 0 ? pair : pair.slice(0, eq)), value: eq < 0 ? '' : decode(pair.slice(eq + 1)) };
  });
}

/** `url` with its query replaced by `rows` (disabled rows left out), each part encoded except {{variables}}. */
export function withQueryRows(url: string, rows: readonly KeyValue[]): string {
  const hash = url.indexOf('#');
  const fragment = hash < 0 ? '' : url.slice(hash);
  const base = (hash < 0 ? url : url.slice(0, hash)).split('?')[0] ?? '';
  const pairs = rows.filter((row) => row.disabled !== true && row.name !== '').map((row) => `${encodeKeepingVariables(row.name)}${row.value === '' ? '' : `=${encodeKeepingVariables(row.value)}`}`);
  return `${base}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}${fragment}`;
}

/** Percent-encodes a URL component, leaving each {{name}} as written: it must reach the resolution pipeline as typed. */
export function encodeKeepingVariables(text: string): string {
  return text
    .split(/(\{\{[^{}]*\}\})/)
    .map((part) => (/^\{\{[^{}]*\}\}$/.test(part) ? part : encodeURIComponent(part)))
    .join('');
}
