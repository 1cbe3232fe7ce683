/** Small operation models for unit tests: a string parameter and a GET /items/{id}, each overridable. */
import type { OperationModel, ParameterModel } from '../../shared/model/api-model';

/** An optional string parameter, with `over` on top. */
export function param(over: Partial<ParameterModel> & Pick<ParameterModel, 'name' | 'in'>): ParameterModel {
  return { required: false, deprecated: false, schema: { type: 'string' }, schemaType: 'string', ...over };
}

/** GET /items/{id} with its required path parameter, with `over` on top. */
export function operation(over: Partial<OperationModel> = {}): OperationModel {
  return {
    key: 'GET /items/{id}',
    method: 'GET',
    path: '/items/{id}',
    tags: [],
    group: 'items',
    deprecated: false,
    idempotency: 'safe',
    parameters: [param({ name: 'id', in: 'path', required: true })],
    responses: [],
    servers: [],
    ...over,
  };
}
