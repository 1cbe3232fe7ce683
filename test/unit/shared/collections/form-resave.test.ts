import { describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import type { Body, SavedRequest } from '../../../../shared/collections/format-v1';
import { formTemplate } from '../../../../shared/collections/form-template';
import { formValuesFromSaved } from '../../../../shared/collections/form-values';
import { mergeIntoSaved, savedAsCopy, savedFromDescription } from '../../../../shared/collections/from-description';
import type { OperationModel } from '../../../../shared/model/api-model';
import { buildRequest } from '../../../../shared/request/build-request';
import { resolveRequest } from '../../../../shared/request/resolve-request';
import { operation, param } from '../../../support/operation-fixture';

const BASE = 'http://127.0.0.1:8000';

const search = operation({ key: 'GET /books/{shelf}', path: '/books/{shelf}', parameters: [param({ name: 'shelf', in: 'path', required: true }), param({ name: 'q', in: 'query' })] });

const bodyOp = (mediaType: string, properties: Record<string, unknown>): OperationModel =>
  operation({ key: 'POST /upload', method: 'POST', path: '/upload', parameters: [], requestBody: { required: true, content: [{ mediaType, schema: { type: 'object', properties }, examples: [] }] } });

const upload = bodyOp('multipart/form-data', { file: { type: 'string', format: 'binary' }, caption: { type: 'string' }, meta: { type: 'object' } });
const login = bodyOp('application/x-www-form-urlencoded', { user: { type: 'string' }, note: { type: 'string' } });

/** A saved request opened in the form and saved over itself, as the editor does it. */
function resave(saved: SavedRequest, op: OperationModel): SavedRequest {
  const values = formValuesFromSaved(saved, op, BASE);
  const template = formTemplate(op, { baseUrl: BASE, params: values.params, ...(values.body ? { body: values.body } : {}) }, { extras: values.extras });
  if (template === undefined) throw new Error('the form makes no request');
  return mergeIntoSaved(saved, savedFromDescription(template, saved.name, op, BASE));
}

const savedBody = (body: Body, op: OperationModel): SavedRequest => newSavedRequest({ name: 'S', method: 'POST', url: '{{baseUrl}}/upload', body, operation: { key: op.key } });

describe('form-resave', () => {
  it('sends from a saved form what the form sends: variables encoded for their place in the URL', () => {
    const params = { 'path:shelf': '{{shelf}}', 'query:q': '{{q}}' };
    const scope = { label: 'env', values: { shelf: 'new/used', q: 'tom & jerry' } };
    const fromForm = buildRequest(search, { baseUrl: BASE, params, scopes: [scope] }).request;
    const template = formTemplate(search, { baseUrl: BASE, params });
    if (fromForm === undefined || template === undefined) throw new Error('the form makes no request');
    const saved = savedFromDescription(template, 'S', search, BASE);
    const run = resolveRequest(saved, { scopes: [{ label: 'c', values: { baseUrl: BASE } }, scope] });
    expect(fromForm.url).toBe(`${BASE}/books/new%2Fused?q=tom%20%26%20jerry`);
    expect(run.ok && run.request.url).toBe(fromForm.url);
  });

  it('sends from a saved urlencoded form what the form sends: a variable cannot add a field', () => {
    const body = { mediaType: 'application/x-www-form-urlencoded', text: JSON.stringify({ user: '{{user}}', note: 'a b' }) };
    const scope = { label: 'env', values: { user: 'ann&admin=1' } };
    const fromForm = buildRequest(login, { baseUrl: BASE, params: {}, body, scopes: [scope] }).request;
    const template = formTemplate(login, { baseUrl: BASE, params: {}, body });
    if (fromForm === undefined || template === undefined) throw new Error('the form makes no request');
    const run = resolveRequest(savedFromDescription(template, 'S', login, BASE), { scopes: [{ label: 'c', values: { baseUrl: BASE } }, scope] });
    expect(fromForm.body?.text).toBe('user=ann%26admin%3D1&note=a+b');
    expect(run.ok && run.request.body?.text).toBe(fromForm.body?.text);
  });

  it('keeps disabled multipart parts through open and save', () => {
    const body: Body = { mode: 'form-data', parts: [{ name: 'caption', value: 'front' }, { name: 'meta', value: 'old', disabled: true }, { name: 'file', file: 'cover.bin' }] };
    expect(resave(savedBody(body, upload), upload).body).toEqual(body);
  });

  it('keeps disabled urlencoded fields through open and save', () => {
    const body: Body = { mode: 'urlencoded', fields: [{ name: 'user', value: 'ann' }, { name: 'note', value: 'x', disabled: true }] };
    const again = resave(savedBody(body, login), login);
    expect(again.body.mode === 'urlencoded' && again.body.fields).toEqual(body.fields);
  });

  it('keeps disabled headers through open and save, and through Save as under the new name', () => {
    const saved = { ...newSavedRequest({ name: 'S', method: 'GET', url: '{{baseUrl}}/books/a?q=1', headers: [{ name: 'X-Old', value: '1', disabled: true }], operation: { key: search.key } }) };
    expect(resave(saved, search).headers).toEqual([{ name: 'X-Old', value: '1', disabled: true }]);
    const values = formValuesFromSaved(saved, search, BASE);
    const template = formTemplate(search, { baseUrl: BASE, params: values.params }, { extras: values.extras });
    if (template === undefined) throw new Error('the form makes no request');
    const copy = savedAsCopy(saved, savedFromDescription(template, 'Copy', search, BASE));
    expect([copy.name, copy.headers]).toEqual(['Copy', [{ name: 'X-Old', value: '1', disabled: true }]]);
    const body: Body = { mode: 'urlencoded', fields: [{ name: 'user', value: 'ann' }, { name: 'note', value: 'x', disabled: true }] };
    const login1 = savedBody(body, login);
    const formBody = formValuesFromSaved(login1, login, BASE).body;
    const loginTemplate = formTemplate(login, { baseUrl: BASE, params: {}, ...(formBody ? { body: formBody } : {}) });
    if (loginTemplate === undefined) throw new Error('the form makes no request');
    expect(savedAsCopy(login1, savedFromDescription(loginTemplate, 'Copy', login, BASE)).body).toEqual(body);
    expect(savedAsCopy(undefined, savedFromDescription(loginTemplate, 'Copy', login, BASE)).body.mode).toBe('raw');
  });

  it('keeps an imported file part with no file named as a file still to pick', () => {
    const body: Body = { mode: 'form-data', parts: [{ name: 'file', file: '' }, { name: 'caption', value: 'front' }] };
    const saved = savedBody(body, upload);
    expect(JSON.parse(formValuesFromSaved(saved, upload).body?.text ?? '')).toEqual({ file: { $pick: '' }, caption: 'front' });
    expect(resave(saved, upload).body).toEqual(body);
    const problems = buildRequest(upload, { baseUrl: BASE, params: {}, body: formValuesFromSaved(saved, upload).body ?? { mediaType: '', text: '' } }).problems;
    expect(problems.map((p) => p.message)).toContain('Part "file" sends a file that the saved request does not name: pick a file for it, then send.');
  });

  it('keeps a text part’s media type through open and save', () => {
    const body: Body = { mode: 'form-data', parts: [{ name: 'caption', value: 'a,b', mediaType: 'text/csv' }] };
    expect(resave(savedBody(body, upload), upload).body).toEqual(body);
  });

  it('keeps a JSON part as written: its media type with an unquoted variable, its spacing and key order', () => {
    const body: Body = { mode: 'form-data', parts: [{ name: 'meta', value: '{"n": {{n}}}', mediaType: 'application/json' }, { name: 'caption', value: '{"b": 1, "a": 2}', mediaType: 'application/json' }] };
    expect(resave(savedBody(body, upload), upload).body).toEqual(body);
  });

  it('writes an edited part as the form has it, with the media type the file gave it', () => {
    const saved = savedBody({ mode: 'form-data', parts: [{ name: 'caption', value: 'a,b', mediaType: 'text/csv' }, { name: 'meta', value: 'x', disabled: true }] }, upload);
    const values = formValuesFromSaved(saved, upload, BASE);
    const body = { mediaType: values.body?.mediaType ?? '', text: JSON.stringify({ caption: 'c,d' }) };
    const template = formTemplate(upload, { baseUrl: BASE, params: {}, body });
    if (template === undefined) throw new Error('the form makes no request');
    expect(mergeIntoSaved(saved, savedFromDescription(template, 'S', upload, BASE)).body).toEqual({ mode: 'form-data', parts: [{ name: 'caption', value: 'c,d', mediaType: 'text/csv' }, { name: 'meta', value: 'x', disabled: true }] });
  });
});
