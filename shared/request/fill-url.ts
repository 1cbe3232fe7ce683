/**
 * {{variables}} in a URL or an urlencoded body filled by where each sits, so a value cannot change the
 * request's shape: inside a path segment it is encoded as a segment ("new/used" -> "new%2Fused"), inside
 * a query name or value as a query component ("tom & jerry" -> "tom%20%26%20jerry"), exactly as the form
 * encodes the same value typed in its field. Before the path ({{baseUrl}}, a host, a port) and in the
 * fragment a value goes in as it is, as does everything typed literally: a hand-typed "?a=1&b=2" keeps its pairs.
 * A query parameter the form serialized otherwise (an array, allowReserved) is filled as the form does (fill-param-value.ts);
 * an array parameter given by one variable that holds no item ("ids={{ids}}" with ids empty) is left out, as the form leaves it out.
 */
import type { ParamFill } from '../collections/format-v1';
import { VARIABLE_PATTERN } from '../environments/substitute';
import { encodeFormComponent } from './form-body';
import { fillParamValue, isEmptyArrayFill, paramFillFor } from './fill-param-value';
import { encodeParamText } from './serialize-parameter';
import type { VariableFiller } from './variable-scopes';

type Place = 'origin' | 'path' | 'query' | 'fragment';

/** Where the fill is: the URL's part, and in the query the current pair's text so far. */
interface FillState {
  at: Place;
  pair: string;
  /** A pair was left out right after "?": the "&" that followed it goes too. */
  dropAmpersand?: boolean;
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
    out = joinAfterLeftOut(out, url.slice(last, match.index), state);
    const filled = filler.fill(match[0], place);
    const end = match.index + match[0].length;
    if (filled === match[0] || state.at === 'origin' || state.at === 'fragment') out += filled;
    else if (state.at === 'query' && wholeEmptyArray(state.pair, filled, params, url[end])) {
      out = leaveOutPair(out, state);
    } else {
      const text = state.at === 'query' ? queryValue(state.pair, filled, params) : encodeParamText(filled);
      out += text;
      state.pair = (state.pair + text).slice((state.pair + text).lastIndexOf('&') + 1);
    }
    last = end;
  }
  return joinAfterLeftOut(out, url.slice(last), state);
}

/** `out` then the literal `text`; after a first pair left out, its "&" goes, or the "?" when no pair follows. */
function joinAfterLeftOut(out: string, text: string, state: FillState): string {
  if (state.dropAmpersand !== true) return out + literal(text, state);
  state.dropAmpersand = false;
  if (text.startsWith('&')) return out + literal(text.slice(1), state);
  return (text === '' || text.startsWith('#')) && out.endsWith('?') ? out.slice(0, -1) + literal(text, state) : out + literal(text, state);
}

/** True when the variable is the whole value of an array parameter's pair ("ids={{ids}}" then "&", "#" or the end) and holds no item. */
function wholeEmptyArray(pair: string, filled: string, params: readonly ParamFill[] | undefined, after: string | undefined): boolean {
  const equals = pair.indexOf('=');
  if (equals < 0 || equals !== pair.length - 1 || (after !== undefined && after !== '&' && after !== '#')) return false;
  return isEmptyArrayFill(paramFillFor(params, 'query', pair.slice(0, equals)), filled);
}

/** `out` without the pair being filled ("name=") and the "&" before it, or, for the first pair, the "&" after it. */
function leaveOutPair(out: string, state: FillState): string {
  const kept = out.slice(0, out.length - state.pair.length);
  state.pair = '';
  if (kept.endsWith('&')) return kept.slice(0, -1);
  state.dropAmpersand = true;
  return kept;
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
