import { describe, expect, it } from 'vitest';
import { legacyOperationSignature, operationSignature, signatureMatches, type SignedOperation } from '../../../../shared/collections/operation-signature';
import type { JsonSchema } from '../../../../shared/model/api-model';

const productIn: JsonSchema = { type: 'object', required: ['name', 'price'], properties: { name: { type: 'string' }, price: { type: 'number' }, tags: { type: 'array', items: { type: 'string' } } } };
const create = (schema: JsonSchema = { $ref: '#/components/schemas/ProductIn' }): SignedOperation => ({ method: 'POST', path: '/products', parameters: [], requestBody: { required: true, content: [{ mediaType: 'application/json', schema, examples: [] }] } });
const defs = (productIn_: JsonSchema): Record<string, JsonSchema> => ({ '#/components/schemas/ProductIn': productIn_ });

describe('operation-signature', () => {
  it('changes when the body schema behind a $ref gains a required property, or a property changes type', () => {
    const before = operationSignature(create(), defs(productIn));
    expect(operationSignature(create(), defs(productIn))).toBe(before);
    const withSku = { ...productIn, required: ['name', 'price', 'sku'], properties: { ...productIn.properties as object, sku: { type: 'string' } } };
    expect(operationSignature(create(), defs(withSku))).not.toBe(before);
    const priceText = { ...productIn, properties: { ...productIn.properties as object, price: { type: 'string' } } };
    expect(operationSignature(create(), defs(priceText))).not.toBe(before);
    // Property order and descriptions are not the shape.
    const reordered = { ...productIn, description: 'A product', properties: { tags: { type: 'array', items: { type: 'string' } }, price: { type: 'number' }, name: { type: 'string' } } };
    expect(operationSignature(create(), defs(reordered))).toBe(before);
  });

  it('still matches a signature saved before bodies counted, and a new one by the new rule', () => {
    const legacy = legacyOperationSignature(create());
    expect(legacy).toMatch(/^[0-9a-f]{8}$/);
    const withSku = { ...productIn, required: ['name', 'price', 'sku'], properties: { ...productIn.properties as object, sku: { type: 'string' } } };
    // A collection saved earlier is not all called changed; it does not see body changes until saved again.
    expect(signatureMatches(legacy, create(), defs(withSku))).toBe(true);
    const saved = operationSignature(create(), defs(productIn));
    expect(signatureMatches(saved, create(), defs(productIn))).toBe(true);
    expect(signatureMatches(saved, create(), defs(withSku))).toBe(false);
  });
});
