/** Writes small collections to disk for the runner's tests and bench: a CRUD chain and variants. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newCollection, newSavedRequest } from '../../shared/collections/collection-tree';
import type { CollectionFile, SavedRequest } from '../../shared/collections/format-v1';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Writes `requests` (numbered so they run in order) into a fresh collection folder and returns it. */
export async function writeCollection(name: string, requests: readonly SavedRequest[], extra: Partial<CollectionFile> = {}): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'roundtrip-run-')), name);
  await mkdir(dir, { recursive: true });
  const files = requests.map((_, index) => `${String(index + 1).padStart(2, '0')}-step.request.json`);
  await writeFile(path.join(dir, 'collection.json'), json(newCollection(name, { order: files, ...extra })));
  for (const [index, request] of requests.entries()) await writeFile(path.join(dir, files[index] ?? ''), json(request));
  return dir;
}

const JSON_BODY = (text: string): SavedRequest['body'] => ({ mode: 'raw', mediaType: 'application/json', text });

/** Create, read, update, delete one item of the demo API through {{createdId}}; the last read expects 404. */
export function crudRequests(): SavedRequest[] {
  return [
    newSavedRequest({
      name: 'Create item',
      method: 'POST',
      url: '{{baseUrl}}/items',
      body: JSON_BODY('{"name":"{{itemName}}","price":3}'),
      operation: { key: 'POST /items' },
      assertions: [{ type: 'status', equals: 201 }, { type: 'header', name: 'Location', op: 'matches', value: '/items/' }, { type: 'json', path: '$.name', op: 'equals', value: '{{itemName}}' }, { type: 'conforms' }],
      captures: [{ name: 'createdId', from: 'json', path: '$.id' }],
    }),
    newSavedRequest({
      name: 'Read item',
      method: 'GET',
      url: '{{baseUrl}}/items/{{createdId}}',
      assertions: [{ type: 'status', equals: 200 }, { type: 'json', path: '/id', op: 'equals', value: '{{createdId}}' }, { type: 'response-time', belowMs: 5000 }],
    }),
    newSavedRequest({
      name: 'Update item',
      method: 'PUT',
      url: '{{baseUrl}}/items/{{createdId}}',
      body: JSON_BODY('{"name":"renamed","price":4}'),
      operation: { key: 'PUT /items/{itemId}' },
      assertions: [{ type: 'status-range', min: 200, max: 299 }, { type: 'json', path: '$.name', op: 'equals', value: 'renamed' }, { type: 'idempotent' }],
    }),
    newSavedRequest({ name: 'Delete item', method: 'DELETE', url: '{{baseUrl}}/items/{{createdId}}', assertions: [{ type: 'status', equals: 204 }] }),
    newSavedRequest({ name: 'Read deleted item', method: 'GET', url: '{{baseUrl}}/items/{{createdId}}', assertions: [{ type: 'status', equals: 404 }] }),
  ];
}
