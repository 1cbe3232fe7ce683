import { describe, expect, it } from 'vitest';
import { GENERATED_FILE_NAME, generatedParts, ungeneratableBody } from '../../../../shared/verify/form-case-body';
import type { OperationModel } from '../../../../shared/model/api-model';

const defs = { '#/components/schemas/Upload': { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, caption: { type: 'string' }, pages: { type: 'array', items: { type: 'string', format: 'binary' } } } } };

describe('form-case-body', () => {
  it('sends file fields as generated files and the others as text parts', () => {
    const parts = generatedParts({ file: 'abc', caption: 'hi', pages: ['p1', 'p2'] }, { $ref: '#/components/schemas/Upload' }, defs);
    expect(parts).toEqual([
      { name: 'file', value: 'abc', filename: GENERATED_FILE_NAME, mediaType: 'application/octet-stream' },
      { name: 'caption', value: 'hi' },
      { name: 'pages', value: 'p1', filename: GENERATED_FILE_NAME, mediaType: 'application/octet-stream' },
      { name: 'pages', value: 'p2', filename: GENERATED_FILE_NAME, mediaType: 'application/octet-stream' },
    ]);
  });

  it('gives a file with an empty generated value some content', () => {
    expect(generatedParts({ file: '' }, { $ref: '#/components/schemas/Upload' }, defs)[0]?.value).not.toBe('');
  });

  it('names a required body verify cannot make', () => {
    const op = { requestBody: { required: true, content: [{ mediaType: 'application/xml' }] } } as unknown as OperationModel;
    expect(ungeneratableBody(op, 'application/xml')).toMatch(/application\/xml body/);
    expect(ungeneratableBody(op, 'multipart/form-data')).toBeUndefined();
    expect(ungeneratableBody(op, 'application/x-www-form-urlencoded')).toBeUndefined();
  });
});
