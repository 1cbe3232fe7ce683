import { demoComponents } from './demo-spec-components';
import { ITEM_STATUSES } from './demo-store';
import { IDEMPOTENCY_KEY_TTL_MS } from './idempotency-keys';

// The OpenAPI 3.1 description of the built-in demo API, served at /openapi.json. It is the
// first document a newcomer opens, so every operation has a summary and every response a schema.

const ref = (kind: 'schemas' | 'responses' | 'parameters', name: string): { $ref: string } => ({
  $ref: `#/components/${kind}/${name}`,
});
const json = (schema: object): object => ({ 'application/json': { schema } });
const itemResponse = (description: string): object => ({ description, content: json(ref('schemas', 'Item')) });

const TTL_HOURS = IDEMPOTENCY_KEY_TTL_MS / 3_600_000;

const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes retrying this POST safe, as in draft-ietf-httpapi-idempotency-key-header: a unique value per ' +
    'item you mean to create (a UUID works well; quoted as a Structured Field string or bare). A retry ' +
    'with the same key and the same body gets the original response again, marked with ' +
    '`Idempotent-Replayed: true`, instead of creating a second item. The same key with a different body ' +
    `is refused with 422. Keys are remembered for ${TTL_HOURS} hours; a request that fails validation ` +
    'does not use its key up.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
  example: '8e03978e-40d5-43e8-bc93-6894a57f9324',
};

const itemsPath = {
  get: {
    tags: ['items'],
    operationId: 'listItems',
    summary: 'List items',
    description: 'Items in creation order, optionally filtered by status and tag.',
    parameters: [
      { name: 'status', in: 'query', description: 'Only items in this state.', schema: { type: 'string', enum: [...ITEM_STATUSES] } },
      { name: 'limit', in: 'query', description: 'At most this many items.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
      { name: 'tag', in: 'query', description: 'Only items carrying this tag.', schema: { type: 'string' } },
    ],
    responses: {
      '200': { description: 'The matching items.', content: json({ type: 'array', items: ref('schemas', 'Item') }) },
      '422': ref('responses', 'ValidationFailed'),
    },
  },
  post: {
    tags: ['items'],
    operationId: 'createItem',
    summary: 'Create an item',
    description: 'Not idempotent by itself; send an Idempotency-Key to make retries safe.',
    parameters: [idempotencyKeyParameter],
    requestBody: { required: true, content: json(ref('schemas', 'ItemInput')) },
    responses: {
      '201': {
        description: 'The item was created (or, for a replayed Idempotency-Key, had been created before).',
        headers: {
          Location: { description: 'The URL of the new item.', schema: { type: 'string', format: 'uri' } },
          'Idempotent-Replayed': {
            description: 'Present, with value true, when this is the stored response to an earlier request with the same Idempotency-Key.',
            schema: { type: 'string', enum: ['true'] },
          },
        },
        content: json(ref('schemas', 'Item')),
      },
      '400': ref('responses', 'BadRequest'),
      '409': problem('A request with the same Idempotency-Key is still being processed; retry once it has finished.'),
      '413': ref('responses', 'PayloadTooLarge'),
      '415': ref('responses', 'UnsupportedMediaType'),
      '422': problem('The body breaks a schema rule, or the Idempotency-Key was already used with a different body.'),
    },
  },
};

const itemPath = {
  parameters: [ref('parameters', 'ItemId')],
  get: {
    tags: ['items'],
    operationId: 'getItem',
    summary: 'Get one item',
    responses: { '200': itemResponse('The item.'), '404': ref('responses', 'NotFound') },
  },
  put: {
    tags: ['items'],
    operationId: 'replaceItem',
    summary: 'Replace an item',
    description: 'Idempotent: sends the whole item; omitted optional fields go back to their defaults.',
    requestBody: { required: true, content: json(ref('schemas', 'ItemInput')) },
    responses: bodyResponses('The item after the replacement.'),
  },
  patch: {
    tags: ['items'],
    operationId: 'updateItem',
    summary: 'Change some fields of an item',
    description: 'A JSON merge patch (RFC 7396): only the fields sent change; null clears note or removes category.',
    requestBody: {
      required: true,
      content: {
        'application/merge-patch+json': { schema: ref('schemas', 'ItemPatch') },
        'application/json': { schema: ref('schemas', 'ItemPatch') },
      },
    },
    responses: bodyResponses('The item after the change.'),
  },
  delete: {
    tags: ['items'],
    operationId: 'deleteItem',
    summary: 'Delete an item',
    description: 'Idempotent in effect: a second DELETE finds nothing and answers 404.',
    responses: { '204': { description: 'The item was deleted.' }, '404': ref('responses', 'NotFound') },
  },
};

const healthPath = {
  get: {
    tags: ['health'],
    operationId: 'getHealth',
    summary: 'Check that the demo API is up',
    responses: { '200': { description: 'The service is running.', content: json(ref('schemas', 'Health')) } },
  },
};

/** The OpenAPI 3.1.0 document of the demo API, with `baseUrl` (e.g. http://127.0.0.1:53123) as its server. */
export function demoSpec(baseUrl: string): object {
  // A fresh copy each call: swagger-parser dereferences documents in place.
  return structuredClone({
    openapi: '3.1.0',
    info: {
      title: 'Roundtrip demo API',
      version: '1.0.0',
      summary: 'A small item catalogue to try Roundtrip on.',
      description:
        'Built into Roundtrip so you can try every feature without a server of your own: list, create, ' +
        'replace, patch and delete items. Data is kept in memory only and resets when the app restarts.',
    },
    servers: [{ url: baseUrl, description: 'Runs inside Roundtrip on this computer.' }],
    tags: [
      { name: 'items', description: 'An item catalogue with full CRUD.' },
      { name: 'health', description: 'Liveness.' },
    ],
    paths: { '/items': itemsPath, '/items/{itemId}': itemPath, '/health': healthPath },
    components: demoComponents(),
  });
}

function bodyResponses(okDescription: string): object {
  return {
    '200': itemResponse(okDescription),
    '400': ref('responses', 'BadRequest'),
    '404': ref('responses', 'NotFound'),
    '413': ref('responses', 'PayloadTooLarge'),
    '415': ref('responses', 'UnsupportedMediaType'),
    '422': ref('responses', 'ValidationFailed'),
  };
}

function problem(description: string): object {
  return { description, content: json(ref('schemas', 'Error')) };
}
