/**
 * A {{variable}}'s value in a query or cookie parameter's value, serialized as the form serializes the
 * same text typed in the parameter's field: an array's value "1,2,3" is three items (ids=1,2,3, or
 * ids=1&ids=2&ids=3 exploded), and a parameter with allowReserved keeps "/", "?", ":" and the like as they are.
 */
import type { ParamFill } from '../collections/format-v1';
import { paramValueFromText } from './param-value-from-text';
import { encodeParamText, serializeParameter, type ParamValue } from './serialize-parameter';

/** What follows "name=" for `filled` in the parameter `fill` describes; a plain encoded value for any other (`fill` undefined). */
export function fillParamValue(fill: ParamFill | undefined, filled: string): string {
  if (fill === undefined) return encodeParamText(filled);
  const value: ParamValue = fill.array === true ? paramValueFromText(filled, 'array').value : { kind: 'primitive', value: filled };
  const options = { name: fill.name, in: fill.in, ...(fill.style === undefined ? {} : { style: fill.style }), ...(fill.explode === undefined ? {} : { explode: fill.explode }), allowReserved: fill.allowReserved === true };
  const out = serializeParameter(options, value);
  const joined = out.in === 'query' ? out.pairs.join('&') : out.in === 'cookie' ? out.pairs.join('; ') : '';
  // The saved text holds "name=" before the variable: what the form sent after it goes there (the further pairs of an exploded array too).
  const lead = `${encodeParamText(fill.name)}=`;
  return joined.startsWith(lead) ? joined.slice(lead.length) : encodeParamText(filled, fill.allowReserved === true);
}

/** True when `filled` is no item at all of the array parameter `fill` describes: the form leaves such a parameter out. */
export function isEmptyArrayFill(fill: ParamFill | undefined, filled: string): boolean {
  if (fill?.array !== true) return false;
  const value = paramValueFromText(filled, 'array').value;
  return value.kind === 'array' && value.items.length === 0;
}

/** The fill for the pair named `encodedName` (as the saved text spells it) in `place`, if the operation's form said one. */
export function paramFillFor(fills: readonly ParamFill[] | undefined, place: ParamFill['in'], encodedName: string): ParamFill | undefined {
  return fills?.find((fill) => fill.in === place && encodeParamText(fill.name) === encodedName);
}
