/**
 * What a saved form's operation link says of its parameters for a run to fill their {{variables}} as the
 * form does: the query and cookie parameters holding a variable whose value is not one plain value (an
 * array, whose "1,2,3" is three items) or is not plainly encoded (allowReserved).
 */
import type { OperationModel } from '../model/api-model';
import { paramShape } from '../request/build-request';
import type { HeaderEntry } from '../request/request-model';
import { encodeParamText } from '../request/serialize-parameter';
import type { ParamFill } from './format-v1';

/** The fills of `parameters` that hold a {{variable}} in `url`'s query or the `headers`' Cookie. */
export function paramFills(parameters: OperationModel['parameters'], url: string, headers: readonly HeaderEntry[]): ParamFill[] {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1).split('#')[0]?.split('&') ?? [] : [];
  const cookies = headers.filter((h) => h.name.toLowerCase() === 'cookie').flatMap((h) => h.value.split(';').map((pair) => pair.trim()));
  return parameters.flatMap((p): ParamFill[] => {
    if (p.in !== 'query' && p.in !== 'cookie') return [];
    const array = paramShape(p, undefined) === 'array';
    const reserved = p.in === 'query' && p.allowReserved === true;
    if (!array && !reserved) return [];
    const lead = `${encodeParamText(p.name)}=`;
    const held = (p.in === 'query' ? query : cookies).some((pair) => pair.startsWith(lead) && pair.includes('{{'));
    if (!held) return [];
    return [{ in: p.in, name: p.name, ...(p.style === undefined ? {} : { style: p.style }), ...(p.explode === undefined ? {} : { explode: p.explode }), ...(reserved ? { allowReserved: true } : {}), ...(array ? { array: true } : {}) }];
  });
}
