import { describe, expect, it } from 'vitest';
import type { RequestForm } from '../../../../../renderer/features/request/request-form-model';
import { detachedFormKeyOf, formKeyOf, initialRequestFormsState, isSavedFormKey, requestFormsReducer, type RequestFormsAction, type RequestFormsState } from '../../../../../renderer/features/request/request-forms-store';

const form = (id: string): RequestForm => ({ serverIndex: 0, serverVars: {}, params: { 'path:id': id }, bodies: {}, attempted: false });
const put = (formKey: string, value: RequestForm): RequestFormsAction => ({ type: 'update', formKey, initial: form('initial'), update: () => value });
const run = (...actions: RequestFormsAction[]): RequestFormsState => actions.reduce(requestFormsReducer, initialRequestFormsState);
const SMALL = formKeyOf('POST /orders', 'shop/small.request.json');
const BIG = formKeyOf('POST /orders', 'shop/big.request.json');

describe('request-forms-store', () => {
  it('keys the operation form by operation and each saved request apart from it and from each other', () => {
    expect(formKeyOf('POST /orders')).toBe('POST /orders');
    expect(new Set(['POST /orders', SMALL, BIG]).size).toBe(3);
    expect([isSavedFormKey('POST /orders'), isSavedFormKey(SMALL), isSavedFormKey(BIG)]).toEqual([false, true, true]);
  });

  it('keys a form detached from its deleted file apart from every file and from the operation, and drops it with its tab', () => {
    const detached = detachedFormKeyOf('POST /orders', 'tab-3');
    expect([formKeyOf('POST /orders'), SMALL, BIG, formKeyOf('POST /orders', 'tab-3')]).not.toContain(detached);
    expect(detached).not.toBe(detachedFormKeyOf('POST /orders', 'tab-4'));
    expect(isSavedFormKey(detached)).toBe(true);
  });

  it('updates one form and leaves the others of the same operation alone', () => {
    const state = run(put('POST /orders', form('op')), put(SMALL, form('small')), put(BIG, form('big')));
    const edited = requestFormsReducer(state, { type: 'update', formKey: SMALL, initial: form('initial'), update: (f) => ({ ...f, params: { 'path:id': 'small 2' } }) });
    expect(edited.forms).toEqual({ 'POST /orders': form('op'), [SMALL]: form('small 2'), [BIG]: form('big') });
  });

  it('starts a form from its initial one when it has none yet', () => {
    const state = requestFormsReducer(initialRequestFormsState, { type: 'update', formKey: SMALL, initial: form('fresh'), update: (f) => f });
    expect(state.forms[SMALL]).toEqual(form('fresh'));
  });

  it('moves a form to another key, the operation form starting afresh', () => {
    const state = requestFormsReducer(run(put('POST /orders', form('typed'))), { type: 'move', from: 'POST /orders', to: SMALL });
    expect(state.forms).toEqual({ [SMALL]: form('typed') });
    const same = run(put(SMALL, form('small')));
    expect(requestFormsReducer(same, { type: 'move', from: BIG, to: SMALL })).toBe(same);
  });

  it('drops the saved requests forms no tab holds, never an operation form', () => {
    const state = run(put('POST /orders', form('op')), put(SMALL, form('small')), put(BIG, form('big')));
    const kept = requestFormsReducer(state, { type: 'keep-saved', held: [BIG] });
    expect(kept.forms).toEqual({ 'POST /orders': form('op'), [BIG]: form('big') });
    // Nothing to drop: the same state, so no render follows.
    expect(requestFormsReducer(kept, { type: 'keep-saved', held: [BIG] })).toBe(kept);
  });

  it('keeps a base URL typed over a server, and forgets it when cleared', () => {
    const typed = run({ type: 'base-url', serverUrl: '/v1', value: 'http://localhost:8000/v1' });
    expect(typed.baseUrls).toEqual({ '/v1': 'http://localhost:8000/v1' });
    expect(requestFormsReducer(typed, { type: 'base-url', serverUrl: '/v1' }).baseUrls).toEqual({});
  });
});
