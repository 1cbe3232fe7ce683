import { describe, expect, it } from 'vitest';
import type { OperationModel } from '../../../../../shared/model/api-model';
import type { RequestForm } from '../../../../../renderer/features/request/request-form-model';
import { formChanged } from '../../../../../renderer/features/tabs/form-changes';

const op: OperationModel = {
  key: 'POST /items',
  method: 'POST',
  path: '/items',
  tags: [],
  group: 'items',
  deprecated: false,
  idempotency: 'not-idempotent',
  parameters: [
    { name: 'Idempotency-Key', in: 'header', required: false, deprecated: false, schema: { type: 'string' }, schemaType: 'string' },
    { name: 'q', in: 'query', required: false, deprecated: false, schema: { type: 'string' }, schemaType: 'string' },
  ],
  responses: [],
  servers: [],
};
const base: RequestForm = { serverIndex: 0, serverVars: {}, params: { 'header:Idempotency-Key': 'k1', 'query:q': '' }, mediaType: 'application/json', bodies: { 'application/json': '{}' }, attempted: false };

describe('formChanged', () => {
  it('ignores what a send changes and the fresh Idempotency-Key', () => {
    const sent: RequestForm = { ...base, attempted: true, params: { 'header:Idempotency-Key': 'k2', 'query:q': '' } };
    expect(formChanged(op, sent, base)).toBe(false);
  });

  it('counts an emptied field as never filled', () => {
    expect(formChanged(op, { ...base, params: { 'header:Idempotency-Key': 'k1' } }, base)).toBe(false);
  });

  it('sees edited parameters, bodies, media type and server', () => {
    expect(formChanged(op, { ...base, params: { ...base.params, 'query:q': 'x' } }, base)).toBe(true);
    expect(formChanged(op, { ...base, bodies: { 'application/json': '{"a":1}' } }, base)).toBe(true);
    expect(formChanged(op, { ...base, mediaType: 'text/plain' }, base)).toBe(true);
    expect(formChanged(op, { ...base, serverIndex: 1 }, base)).toBe(true);
  });
});

describe('formChanged, for fields forms gain later', () => {
  it('compares any field that is not send bookkeeping, whatever its key order', () => {
    const withExtra = (value: Record<string, string>) => ({ ...base, extra: value }) as RequestForm;
    expect(formChanged(op, withExtra({ a: '1', b: '2' }), withExtra({ b: '2', a: '1' }))).toBe(false);
    expect(formChanged(op, withExtra({ a: '1' }), withExtra({ a: '2' }))).toBe(true);
  });

  it('counts written tests as a change, and tests written then deleted as none', () => {
    const tested: RequestForm = { ...base, tests: { assertions: [{ type: 'status', equals: 200 }], captures: [] } };
    expect(formChanged(op, tested, base)).toBe(true);
    expect(formChanged(op, { ...base, tests: { assertions: [], captures: [] } }, base)).toBe(false);
    expect(formChanged(op, { ...base, tests: { assertions: [], captures: [] } }, tested)).toBe(true);
  });
});
