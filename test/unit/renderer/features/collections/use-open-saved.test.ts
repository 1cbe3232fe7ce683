import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';
import type { OperationModel } from '../../../../../shared/model/api-model';
import { fillFormFromSaved } from '../../../../../renderer/features/collections/use-open-saved';
import { keyIntentOf, type RequestForm } from '../../../../../renderer/features/request/request-form-model';
import { formKeyOf, requestFormsReducer, type RequestFormsState } from '../../../../../renderer/features/request/request-forms-store';

// An operation that declares no Idempotency-Key: the person adds one in the form.
const op: OperationModel = {
  key: 'POST /orders',
  method: 'POST',
  path: '/orders',
  tags: [],
  group: 'orders',
  deprecated: false,
  idempotency: 'not-idempotent',
  parameters: [],
  responses: [],
  servers: [],
};
const empty: RequestFormsState = { forms: {}, baseUrls: {} };
const id = 'shop/order.request.json';

function opened(headers: { name: string; value: string }[], before: RequestFormsState = empty): RequestForm | undefined {
  const saved = newSavedRequest({ name: 'Order', method: 'POST', url: '{{baseUrl}}/orders', headers });
  return requestFormsReducer(before, fillFormFromSaved(saved, id, op, {})).forms[formKeyOf(op.key, id)];
}

describe('use-open-saved', () => {
  it('opens a saved Idempotency-Key header as the form added key, so a changed body renews it', () => {
    const form = opened([{ name: 'Idempotency-Key', value: 'k-111' }]);
    expect(form?.addedKey).toBe('k-111');
    expect(form?.extras).toEqual([]);
  });

  it('remembers which request the opened key named, so a send with another body (even in a later session) renews it', () => {
    const form = opened([{ name: 'Idempotency-Key', value: 'k-111' }]);
    if (form === undefined) throw new Error('no form');
    expect(form.keyOpenedWith).toEqual({ key: 'k-111', intent: keyIntentOf(form) });
    expect(keyIntentOf({ ...form, attempted: true, addedKey: 'k-222' })).toBe(form.keyOpenedWith?.intent);
    expect(keyIntentOf({ ...form, mediaType: 'application/json', bodies: { 'application/json': '{"n":2}' } })).not.toBe(form.keyOpenedWith?.intent);
    expect(keyIntentOf({ ...form, params: { ...form.params, 'query:q': 'x' } })).not.toBe(form.keyOpenedWith?.intent);
  });

  it('drops an added key the form had when the file has none', () => {
    const before: RequestFormsState = { ...empty, forms: { [formKeyOf(op.key, id)]: { serverIndex: 0, serverVars: {}, params: {}, bodies: {}, attempted: false, addedKey: 'k-old', addedKeyPlace: { after: 'X-Old' } } } };
    const form = opened([], before);
    expect(form?.addedKey).toBeUndefined();
    expect(form?.keyOpenedWith).toBeUndefined();
    expect(form?.addedKeyPlace).toBeUndefined();
  });

  it('keeps where the file had its key header, so the request saved back keeps its header order', () => {
    const form = opened([{ name: 'X-Other', value: 'o' }, { name: 'Idempotency-Key', value: 'k-111' }, { name: 'X-Last', value: 'l' }]);
    expect(form?.addedKeyPlace).toEqual({ after: 'X-Other' });
  });
});
