/**
 * {{variables}} in a URL or an urlencoded body filled by where each sits, so a value cannot change the
 * request's shape: inside a path segment it is encoded as a segment ("new/used" -> "new%2Fused"), inside
 * a query name or value as a query component ("tom & jerry" -> "tom%20%26%20jerry"), exactly as the form
 * encodes the same value typed in its field. Before the path ({{baseUrl}}, a host, a port) and in the
 * fragment a value goes in as it is, as does everything typed literally: a hand-typed "?a=1&b=2" keeps its pairs.
 * A query parameter the form serialized otherwise (an array, allowReserved) is filled as the form does (fill-param-value.ts).
 */
import type { ParamFill } from '../collections/format-v1';
import { VARIABLE_PATTERN } from '../environments/substitute';
import { encodeFormComponent } from './form-body';
import { fillParamValue, paramFillFor } from './fill-param-value';
import { encodeParamText } from './serialize-parameter';
import type { VariableFiller } from './variable-scopes';

type Place = 'origin' | 'path' | 'query' | 'fragment';

/** Where the fill is: the URL's part, and in the query the current pair's text so far. */
interface FillState {
  at: Place;
  pair: string;
}

/**
 * `url` with each {{name}} filled for its place; unresolved names stay as typed and are noted against `place`.
 * `params` says how the operation's form serialized some query parameters (a saved form's operation link).
 */
export function fillUrl(url: string, filler: VariableFiller, place: string, params?: readonly ParamFill[]): string {
  const state: FillState = { at: /^[a-z][a-z\d+.-]*:\/\//i.test(url) || /^\{\{/.test(url) ? 'origin' : 'path', pair: '' };
  let out = '';
  let last = 0;
  for (const match of url.matchAll(VARIABLE_PATTERN)) {
    out += literal(url.slice(last, match.index), state);
    const filled = filler.fill(match[0], place);
    if (filled === match[0] || state.at === 'origin' || state.at === 'fragment') out += filled;
    else {
      const text = state.at === 'query' ? queryValue(state.pair, filled, params) : encodeParamText(filled);
      out += text;
      state.pair = (state.pair + text).slice((state.pair + text).lastIndexOf('&') + 1);
    }
    last = match.index + match[0].length;
  }
  return out + literal(url.slice(last), state);
}

/** A variable's value in the query pair `pair` holds so far: as its parameter's form field serializes it when in the value. */
function queryValue(pair: string, filled: string, params: readonly ParamFill[] | undefined): string {
  const equals = pair.indexOf('=');
  return equals < 0 ? encodeParamText(filled) : fillParamValue(paramFillFor(params, 'query', pair.slice(0, equals)), filled);
}

/** `text` as it is, moving `state` past the "/", "?", "#" and "&" in it. */
function literal(text: string, state: FillState): string {
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    // "://" belongs to the origin ({{scheme}}://{{host}}); the first "/", "?" or "#" after it ends it.
    if (state.at === 'origin' && text.startsWith('://', i)) i += 2;
    else if (state.at === 'query' && char !== '#') state.pair = char === '&' ? '' : state.pair + char;
    else state.at = next(state.at, char);
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
