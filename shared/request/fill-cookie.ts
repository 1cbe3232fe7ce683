/**
 * A saved form's Cookie header ("session={{sess}}; ids={{ids}}") filled as the form builds it: the form
 * encodes each cookie parameter's value, so that ";", "," and spaces cannot split the header, and serializes
 * an array cookie as its parameter says. A value filled as it is would send other bytes, or other cookies.
 */
import type { ParamFill } from '../collections/format-v1';
import { VARIABLE_PATTERN } from '../environments/substitute';
import { fillParamValue, paramFillFor } from './fill-param-value';
import { encodeParamText } from './serialize-parameter';
import type { VariableFiller } from './variable-scopes';

/** The Cookie header value `value` with each {{name}} filled as a cookie component; unresolved names stay as typed. */
export function fillCookie(value: string, filler: VariableFiller, place: string, params?: readonly ParamFill[]): string {
  let out = '';
  let last = 0;
  for (const match of value.matchAll(VARIABLE_PATTERN)) {
    out += value.slice(last, match.index);
    const filled = filler.fill(match[0], place);
    if (filled === match[0]) out += filled;
    else {
      // The pair so far: what follows the last ";" (and its spaces).
      const pair = out.slice(out.lastIndexOf(';') + 1).trimStart();
      const equals = pair.indexOf('=');
      out += equals < 0 ? encodeParamText(filled) : fillParamValue(paramFillFor(params, 'cookie', pair.slice(0, equals)), filled);
    }
    last = match.index + match[0].length;
  }
  return out + value.slice(last);
}
