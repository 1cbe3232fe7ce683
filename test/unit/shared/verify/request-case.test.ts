import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../../../../shared/model/api-model';
import { caseRequest } from '../../../../shared/verify/request-case';
import { operation } from '../../../support/operation-fixture';

const upload = operation({
  key: 'POST /covers',
  method: 'POST',
  path: '/covers',
  parameters: [],
  requestBody: { required: true, content: [{ mediaType: 'multipart/form-data', examples: [], schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, caption: { type: 'string' } } } }] },
});
const model = { specVersion: '3.0.2', schemaDefs: {}, operations: [upload] } as unknown as ApiModel;
const target = { model, baseUrl: 'http://127.0.0.1:1', headers: [] };

describe('request-case', () => {
  it('sends a multipart case as parts, the required file with generated content', () => {
    const request = caseRequest(upload, { label: 'required values only', params: {}, body: { value: { file: 'abc' } } }, target);
    expect(request?.body?.parts).toEqual([{ name: 'file', value: 'abc', filename: 'roundtrip-verify-upload.bin', mediaType: 'application/octet-stream' }]);
  });

  it('sends no body rather than a multipart body without parts', () => {
    const request = caseRequest(upload, { label: 'missing required file', params: {}, body: { value: {} } }, target);
    expect(request?.body).toBeUndefined();
    expect(request?.headers.some((h) => h.name.toLowerCase() === 'content-type')).toBe(false);
  });
});
