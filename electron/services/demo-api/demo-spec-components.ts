import { ITEM_STATUSES } from './demo-store';
import { MAX_CATEGORY_DEPTH } from './demo-validation';
import { BODY_LIMIT_BYTES } from './demo-http';

// The `components` section of the demo API's OpenAPI 3.1 document. The schemas mirror what
// demo-validation.ts enforces, so a form built from them produces bodies the server accepts.

const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

const writableProperties = {
  name: { type: 'string', minLength: 1, description: 'What the item is called.', examples: ['Espresso cup'] },
  price: { type: 'number', minimum: 0, description: 'Price in euros.', examples: [4.5] },
  tags: { type: 'array', items: { type: 'string' }, description: 'Free-form labels; GET /items?tag= filters on them.', examples: [['kitchen']] },
  status: { type: 'string', enum: [...ITEM_STATUSES], description: 'Lifecycle state; new items start as draft.' },
  note: { type: ['string', 'null'], description: 'Optional remark; null when there is none.' },
  category: { ...ref('Category'), description: 'Where the item is filed, as a category tree.' },
};

const schemas = {
  Item: {
    type: 'object',
    description: 'An item as the server stores it.',
    required: ['id', 'name', 'price', 'tags', 'status', 'note', 'createdAt'],
    properties: {
      id: { type: 'string', format: 'uuid', readOnly: true, description: 'Assigned by the server.' },
      ...writableProperties,
      createdAt: { type: 'string', format: 'date-time', readOnly: true, description: 'When the item was created.' },
    },
  },
  ItemInput: {
    type: 'object',
    description: 'A whole item, as sent to create (POST) or replace (PUT) one. Omitted optional fields take their defaults.',
    required: ['name', 'price'],
    additionalProperties: false,
    properties: {
      ...writableProperties,
      tags: { ...writableProperties.tags, default: [] },
      status: { ...writableProperties.status, default: 'draft' },
      note: { ...writableProperties.note, default: null },
    },
  },
  ItemPatch: {
    type: 'object',
    description: 'The fields to change (JSON merge patch, RFC 7396): absent fields stay as they are.',
    additionalProperties: false,
    properties: {
      ...writableProperties,
      note: { type: ['string', 'null'], description: 'New remark, or null to clear it.' },
      category: { anyOf: [ref('Category'), { type: 'null' }], description: 'New category tree, or null to remove it.' },
    },
  },
  Category: {
    type: 'object',
    description: `A category with its sub-categories (recursive; at most ${MAX_CATEGORY_DEPTH} levels deep).`,
    required: ['name'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, examples: ['Kitchen'] },
      children: { type: 'array', items: ref('Category'), description: 'Sub-categories, each a Category again.' },
    },
  },
  Error: {
    type: 'object',
    description: 'What went wrong, written to be shown to a person.',
    required: ['code', 'message'],
    properties: {
      code: {
        type: 'string',
        description: 'Stable machine-readable reason.',
        examples: ['validation_failed', 'not_found', 'idempotency_key_reused'],
      },
      message: { type: 'string', description: 'What happened and what to do next.' },
      field: { type: 'string', description: 'The offending field, query parameter or header, when there is one.' },
    },
  },
  Health: {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', const: 'ok' } },
  },
};

const errorContent = { 'application/json': { schema: ref('Error') } };
const problem = (description: string): object => ({ description, content: errorContent });

const responses = {
  BadRequest: problem('The body is not valid UTF-8 JSON, or (on POST) the Idempotency-Key header is malformed.'),
  NotFound: problem('There is no item with this id.'),
  ValidationFailed: problem('The input breaks a rule of the schema; `field` names it and `message` says how.'),
  UnsupportedMediaType: problem('The body is not sent as one of the accepted JSON media types.'),
  PayloadTooLarge: problem(`The body is larger than ${BODY_LIMIT_BYTES / (1024 * 1024)} MB.`),
};

const parameters = {
  ItemId: {
    name: 'itemId',
    in: 'path',
    required: true,
    description: 'The id of an item, as returned by GET /items.',
    schema: { type: 'string', format: 'uuid' },
  },
};

/** The reusable schemas, responses and parameters of the demo API document. */
export function demoComponents(): object {
  return { schemas, responses, parameters };
}
