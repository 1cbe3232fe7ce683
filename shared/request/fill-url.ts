/**
 * {{variables}} in a URL or an urlencoded body filled by where each sits, so a value cannot change the
 * request's shape: inside a path segment it is encoded as a segment ("new/used" -> "new%2Fused"), inside
 * a query name or value as a query component ("tom & jerry" -> "tom%20%26%20jerry"), exactly as the form
 * encodes the same value typed in its field. Before the path ({{baseUrl}}, a host, a port) and in the
 * fragment a value goes in as it is, as does everything typed literally: a hand-typed "?a=1&b=2" keeps its pairs.
 */
import { VARIABLE_PATTERN } from '../environments/substitute';
import { encodeFormComponent } from './form-body';
import { encodeParamText } from './serialize-parameter';
import type { VariableFiller } from './variable-scopes';

type Place = 'origin' | 'path' | 'query' | 'fragment';

/** `url` with each {{name}} filled for its place; unresolved names stay as typed and are noted against `place`. */
export function fillUrl(url: string, filler: VariableFiller, place: string): string {
  const state: { at: Place } = { at: /^[a-z][a-z\d+.-]*:\/\//i.test(url) || /^\{\{/.test(url) ? 'origin' : 'path' };
  let out = '';
  let last = 0;
  for (const match of url.matchAll(VARIABLE_PATTERN)) {
    out += literal(url.slice(last, match.index), state);
    const filled = filler.fill(match[0], place);
    out += filled === match[0] || state.at === 'origin' || state.at === 'fragment' ? filled : encodeParamText(filled);
    last = match.index + match[0].length;
  }
  return out + literal(url.slice(last), state);
}

/** `text` as it is, moving `state` past the "/", "?" and "#" in it. */
function literal(text: string, state: { at: Place }): string {
  for (let i = 0; i < text.length; i++) {
    // "://" belongs to the origin ({{scheme}}://{{host}}); the first "/", "?" or "#" after it ends it.
    if (state.at === 'origin' && text.startsWith('://', i)) i += 2;
    else state.at = next(state.at, text[i] ?? '');
  }
  return text;
}

/** A form body's text (name=value&...) with each {{name}} filled as a form component, as the form encodes its fields. */
export function fillUrlEncoded(text: string, filler: VariableFiller, place: string): string {
  return text.replace(VARIABLE_PATTERN, (whole) => {
    const filled = filler.fill(whole, place);
    return filled === whole ? filled : encodeFormComponent(filled);
  });
}

function next(at: Place, char: string): Place {
  if (char === '#') return 'fragment';
  if (at === 'fragment') return at;
  if (char === '?') return 'query';
  if (at === 'origin' && char === '/') return 'path';
  return at;
}
