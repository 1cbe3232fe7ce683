import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyFile } from '../support/every-file';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { runRoundtrip as roundtrip } from '../support/run-roundtrip';

interface RunJson {
  readonly summary: { readonly steps: number; readonly passedSteps: number };
  readonly results: readonly { readonly name: string; readonly status?: number; readonly passed: boolean; readonly assertions: readonly { readonly name: string; readonly passed: boolean; readonly message?: string }[] }[];
}

let books: FastApiServer;

beforeAll(async () => {
  books = await startFastApi();
}, 30_000);

afterAll(async () => {
  await books.stop();
});

async function editJson(file: string, edit: (value: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  await writeFile(file, JSON.stringify(edit(JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>), null, 2));
}

/** Each file of the collection folder `dir` by its path in it, parsed. */
async function filesOf(dir: string): Promise<Record<string, unknown>> {
  const files = await everyFile(dir);
  return Object.fromEntries(await Promise.all(files.map(async (file) => [path.relative(dir, file).split(path.sep).join('/'), JSON.parse(await readFile(file, 'utf8')) as unknown])));
}

/** The books collection as `roundtrip import` makes it from the running service's openapi.json, with checks added as a person would. */
async function importBooks(work: string): Promise<string> {
  const dir = path.join(work, 'coll');
  expect((await roundtrip('import', books.specUrl, '--out', dir)).code).toBe(0);
  const folder = path.join(dir, 'books');
  await editJson(path.join(folder, 'create-a-book.request.json'), (request) => ({
    ...request,
    body: { mode: 'raw', mediaType: 'application/json', text: '{"title":"Dune","author":"Frank Herbert","year":1965}' },
    assertions: [{ type: 'status', equals: 201 }, { type: 'conforms' }],
    captures: [{ name: 'book_id', from: 'json', path: '$.id' }],
  }));
  await editJson(path.join(folder, 'get-one-book.request.json'), (request) => ({ ...request, assertions: [{ type: 'conforms' }] }));
  // An imported PUT starts with no made-up values: the replacement is the person's to write.
  await editJson(path.join(folder, 'replace-a-book.request.json'), (request) => ({ ...request, body: { mode: 'raw', mediaType: 'application/json', text: '{"title":"Dune Messiah","author":"Frank Herbert","year":1969}' } }));
  // The change goes before the delete, so that every request of the run has its book.
  await editJson(path.join(folder, 'folder.json'), (file) => ({
    ...file,
    order: ['list-books.request.json', 'create-a-book.request.json', 'get-one-book.request.json', 'replace-a-book.request.json', 'change-some-fields-of-a-book.request.json', 'delete-a-book.request.json'],
  }));
  return dir;
}

describe('roundtrip export --format postman, then roundtrip import of the export', () => {
  it('gives a collection whose run checks conformance against the spec and the declared statuses, as the original does', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'rt-postman-trip-'));
    const original = await importBooks(work);
    const exported = path.join(work, 'pm.json');
    expect((await roundtrip('export', original, '--format', 'postman', '--out', exported)).code).toBe(0);
    const back = path.join(work, 'coll-back');
    const imported = await roundtrip('import', exported, '--out', back);
    expect(imported.code).toBe(0);
    expect(imported.stderr).not.toContain('names no spec');

    // Every file of the collection comes back as it was (the edited ones read back in the order the store writes keys).
    expect(await filesOf(back)).toEqual(await filesOf(original));
    expect(((await filesOf(back))['collection.json'] as { spec?: unknown }).spec).toEqual({ source: books.specUrl, title: 'Roundtrip test books API' });

    const result = await roundtrip('run', back, '--var', 'book_id=1', '--reporter', 'json');
    const report = JSON.parse(result.stdout) as RunJson;
    const step = (name: string): RunJson['results'][number] | undefined => report.results.find((r) => r.name === name);
    expect(step('Create a book')?.assertions).toEqual([
      { name: 'status is 201', passed: true },
      { name: 'body conforms to the spec', passed: true },
    ]);
    expect(step('Get one book')?.assertions).toEqual([{ name: 'body conforms to the spec', passed: true }]);
    expect(step('Delete a book')?.assertions).toEqual([{ name: 'implicit: status is a success the spec declares (204)', passed: true, implicit: true }]);
    expect(step('List books')?.assertions).toEqual([{ name: 'implicit: status is a success the spec declares (200)', passed: true, implicit: true }]);
    expect(report.summary).toMatchObject({ steps: 11, passedSteps: 11 });
    expect(result.code).toBe(0);
  });

  it('says on import that the conforms checks of an export stripped of Roundtrip\'s variable will fail, and how to link a spec', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'rt-postman-trip-'));
    const original = await importBooks(work);
    const exported = path.join(work, 'pm.json');
    expect((await roundtrip('export', original, '--format', 'postman', '--out', exported)).code).toBe(0);
    // As a collection written by hand in Postman would be: nothing of Roundtrip's.
    await editJson(exported, (doc) => ({ ...doc, variable: (doc['variable'] as { key: string }[]).filter((v) => v.key !== '_roundtrip') }));
    const imported = await roundtrip('import', exported, '--out', path.join(work, 'plain'));
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('2 requests "books / Create a book", "books / Get one book" check the response against the spec ("conforms" or "idempotent"), but the collection names no spec');
    expect(imported.stderr).toContain('Link the spec by adding "spec": {"source": "<URL or path of the OpenAPI document>"} to collection.json');
  });
});
