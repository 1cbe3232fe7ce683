import { describe, expect, it } from 'vitest';
import { validateResponse } from '../../../../../electron/services/validation/validate-response';
import type { ResponseExpectation } from '../../../../../shared/response/response-validation';

const item = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'integer' }, name: { type: 'string' }, note: { type: 'string', nullable: true }, tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } } },
};

function expectation(specVersion: string, schema: Record<string, unknown>, defs: Record<string, Record<string, unknown>> = {}): ResponseExpectation {
  return {
    specVersion,
    responses: [
      { status: '200', content: [{ mediaType: 'application/json', schema }], requiredHeaders: ['X-Rate-Limit'] },
      { status: '4XX', content: [{ mediaType: 'application/json', schema: { type: 'object', required: ['detail'] } }] },
    ],
    schemaDefs: defs,
  };
}

const json = (value: unknown) => ({ kind: 'text' as const, text: JSON.stringify(value), truncated: false });
const headers = [{ name: 'x-rate-limit', value: '10' }];

describe('validate-response', () => {
  const v30 = expectation('3.0.3', item, { '#/components/schemas/Tag': { type: 'string', maxLength: 3 } });

  it('says a valid 3.0 body with a null nullable field conforms', () => {
    const result = validateResponse(v30, { status: 200, headers, contentType: 'application/json; charset=utf-8', body: json({ id: 1, name: 'a', note: null, tags: ['x'] }) });
    expect(result).toEqual({ conforms: true, violations: [], notes: [], matchedStatus: '200' });
  });

  it('reports each body violation with its JSON pointer, following refs into defs', () => {
    const result = validateResponse(v30, { status: 200, headers, contentType: 'application/json', body: json({ id: 'one', tags: ['ok', 'toolong'] }) });
    expect(result.conforms).toBe(false);
    expect(result.violations.map((each) => each.pointer).sort()).toEqual(['/id', '/name', '/tags/1']);
    expect(result.violations.find((each) => each.pointer === '/name')?.message).toContain('required');
  });

  it('handles 3.1 schemas as JSON Schema 2020-12 (type arrays, prefixItems)', () => {
    const v31 = expectation('3.1.0', { type: 'object', properties: { pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] }, note: { type: ['string', 'null'] } } });
    expect(validateResponse(v31, { status: 200, headers, contentType: 'application/json', body: json({ pair: ['a', 1], note: null }) }).conforms).toBe(true);
    const bad = validateResponse(v31, { status: 200, headers, contentType: 'application/json', body: json({ pair: [1, 'a'] }) });
    expect(bad.violations.map((each) => each.pointer).sort()).toEqual(['/pair/0', '/pair/1']);
  });

  it('reports an undeclared status, an undeclared content type and a missing required header', () => {
    expect(validateResponse(v30, { status: 500, headers, contentType: 'application/json', body: json({}) }).violations[0]).toMatchObject({ kind: 'status', message: expect.stringContaining('Status 500 is not declared') });
    expect(validateResponse(v30, { status: 200, headers, contentType: 'text/html', body: { kind: 'text', text: '<p>', truncated: false } }).violations[0]).toMatchObject({ kind: 'content-type' });
    expect(validateResponse(v30, { status: 200, headers: [], contentType: 'application/json', body: json({ id: 1, name: 'a' }) }).violations).toEqual([{ kind: 'header', message: 'The required header X-Rate-Limit is missing.' }]);
  });

  it('matches a 422 to its 4XX range and checks it', () => {
    const result = validateResponse(v30, { status: 422, headers, contentType: 'application/json', body: json({ detail: [] }) });
    expect(result).toMatchObject({ conforms: true, matchedStatus: '4XX' });
  });

  it('notes, rather than guesses, when the body is truncated', () => {
    const result = validateResponse(v30, { status: 200, headers, contentType: 'application/json', body: { kind: 'text', text: '{"id":', truncated: true } });
    expect(result.conforms).toBe(true);
    expect(result.notes[0]).toContain('not checked');
  });

  it('keeps each schema its own verdict when the same objects come back (the runner) and when copies do (IPC)', () => {
    const strict = expectation('3.0.3', { type: 'object', required: ['id'] });
    const loose = expectation('3.0.3', { type: 'object' });
    const body = json({ name: 'no id' });
    for (let round = 0; round < 3; round += 1) {
      expect(validateResponse(strict, { status: 200, headers, contentType: 'application/json', body }).conforms).toBe(false);
      expect(validateResponse(loose, { status: 200, headers, contentType: 'application/json', body }).conforms).toBe(true);
      expect(validateResponse(structuredClone(strict), { status: 200, headers, contentType: 'application/json', body }).conforms).toBe(false);
    }
  });
});

describe('validate-response after redirects and with the pydantic 1 slip', () => {
  const book = { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, subtitle: { type: 'string' } } };
  const json = (text: string) => ({ headers: [], contentType: 'application/json', body: { kind: 'text' as const, text, truncated: false } });
  const targets = {
    routes: [
      { method: 'GET', path: '/old-books', responses: [{ status: '307', content: [] }] },
      { method: 'GET', path: '/books', responses: [{ status: '200', content: [{ mediaType: 'application/json', schema: { type: 'array', items: book } }] }] },
    ],
    schemaDefs: {},
  };
  const old: ResponseExpectation = { specVersion: '3.0.2', responses: [{ status: '307', content: [] }], schemaDefs: {}, operation: { method: 'GET', path: '/old-books' }, redirectTargets: targets };
  const redirects = [{ method: 'GET', url: 'http://h/old-books', status: 307, location: '/books' }];

  it('checks the final answer of a declared 307 against the target operation', () => {
    const result = validateResponse(old, { status: 200, ...json('[{"id":1,"subtitle":"x"}]'), place: { url: 'http://h/books', method: 'GET', redirects } });
    expect(result).toMatchObject({ conforms: true, violations: [], matchedStatus: '200' });
    expect(result.notes[0]).toMatch(/checked against GET \/books/);
    const wrong = validateResponse(old, { status: 200, ...json('[{"id":"one"}]'), place: { url: 'http://h/books', method: 'GET', redirects } });
    expect(wrong.violations).toMatchObject([{ kind: 'body', pointer: '/0/id' }]);
  });

  it('names an undeclared redirect as the old operation\'s violation, and checks an answer from elsewhere against nothing', () => {
    const undeclared = { ...old, responses: [{ status: '200', content: [] }] };
    const result = validateResponse(undeclared, { status: 200, ...json('{}'), place: { url: 'http://other/x', method: 'GET', redirects } });
    expect(result.violations).toEqual([{ kind: 'status', message: 'Status 307 (the 307 redirect to /books) is not declared for this operation (declared: 200).' }]);
    expect(result.notes[0]).toMatch(/no operation of the document answers there/);
    // A declared redirect to an answer checked against nothing: nothing wrong found, and the body said to be unchecked.
    const declared = validateResponse(old, { status: 200, ...json('{}'), place: { url: 'http://other/x', method: 'GET', redirects } });
    expect(declared).toMatchObject({ conforms: true, violations: [], bodyUnchecked: true });
  });

  it('names a null in a property that is not required as a slip, and keeps a required null a violation', () => {
    const slip: ResponseExpectation = { specVersion: '3.0.2', responses: [{ status: '200', content: [{ mediaType: 'application/json', schema: book }] }], schemaDefs: {}, optionalNullSlip: true };
    const optional = validateResponse(slip, { status: 200, ...json('{"id":1,"subtitle":null}') });
    expect(optional).toMatchObject({ conforms: true, violations: [] });
    expect(optional.notes.join(' ')).toMatch(/Dialect slip: null at \/subtitle/);
    expect(validateResponse(slip, { status: 200, ...json('{"id":null,"subtitle":null}') }).violations).toMatchObject([{ pointer: '/id' }]);
    expect(validateResponse({ ...slip, optionalNullSlip: false }, { status: 200, ...json('{"id":1,"subtitle":null}') }).violations).toMatchObject([{ pointer: '/subtitle' }]);
  });

  const payments = {
    '#/components/schemas/CardPayment': { type: 'object', required: ['kind', 'last4'], properties: { kind: { type: 'string', enum: ['card'] }, last4: { type: 'string', pattern: '^\\d{4}$' } } },
    '#/components/schemas/InvoicePayment': { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['invoice'] }, vat_number: { type: 'string' } } },
  };
  const order = { type: 'object', required: ['payment'], properties: { note: { type: 'string' }, payment: { anyOf: [{ $ref: '#/components/schemas/CardPayment' }, { $ref: '#/components/schemas/InvoicePayment' }] } } };
  const orders: ResponseExpectation = { specVersion: '3.0.2', responses: [{ status: '200', content: [{ mediaType: 'application/json', schema: order }] }], schemaDefs: payments, optionalNullSlip: true };

  it('forgives the slip inside a union branch, with the union that failed only because of it', () => {
    const result = validateResponse(orders, { status: 200, ...json('{"payment":{"kind":"invoice","vat_number":null},"note":null}') });
    expect(result).toMatchObject({ conforms: true, violations: [] });
    expect(result.notes.join(' ')).toMatch(/Dialect slip: null at \/note, \/payment\/vat_number,/);
  });

  it('names the violations of the branch the body meant, not of another branch', () => {
    const strict = { ...orders, optionalNullSlip: false };
    const invoice = validateResponse(strict, { status: 200, ...json('{"payment":{"kind":"invoice","vat_number":null}}') });
    expect(invoice.violations.map((v) => v.kind === 'body' ? `${v.pointer} ${v.message}` : v.message)).toEqual(['/payment/vat_number must be string', '/payment must match a schema in anyOf: the closest, InvoicePayment, is broken as listed']);
    const card = validateResponse(orders, { status: 200, ...json('{"payment":{"kind":"card","last4":"12a4"}}') });
    expect(card.violations.map((v) => v.kind === 'body' ? v.pointer : '')).toEqual(['/payment/last4', '/payment']);
    expect(card.violations[1]?.message).toMatch(/CardPayment/);
  });
});
