import { describe, expect, it } from 'vitest';
import { paramFills } from '../../../../shared/collections/param-fills';
import type { ParameterModel } from '../../../../shared/model/api-model';

const param = (over: Partial<ParameterModel> & Pick<ParameterModel, 'name' | 'in'>): ParameterModel => ({ required: false, deprecated: false, schema: { type: 'string' }, schemaType: 'string', ...over });
const array = { schema: { type: 'array', items: { type: 'string' } }, schemaType: 'array' };

describe('param-fills', () => {
  it('names the array and allowReserved parameters whose values hold a {{variable}}, with their serialization', () => {
    const parameters = [
      param({ name: 'ids', in: 'query', ...array, style: 'form', explode: false }),
      param({ name: 'path', in: 'query', allowReserved: true }),
      param({ name: 'plain', in: 'query' }),
      param({ name: 'tags', in: 'query', ...array }),
      param({ name: 'crumbs', in: 'cookie', ...array }),
      param({ name: 'h', in: 'header', ...array }),
    ];
    const fills = paramFills(parameters, '{{baseUrl}}/f?ids={{ids}}&path=a/{{p}}&plain={{x}}&tags=1#t', [{ name: 'Cookie', value: 'crumbs={{c}}' }, { name: 'h', value: '{{h}}' }]);
    expect(fills).toEqual([
      { in: 'query', name: 'ids', style: 'form', explode: false, array: true },
      { in: 'query', name: 'path', allowReserved: true },
      { in: 'cookie', name: 'crumbs', array: true },
    ]);
  });
});
