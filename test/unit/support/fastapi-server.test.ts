import { describe, expect, it } from 'vitest';
import { startFastApi } from '../../support/fastapi/fastapi-server';

describe('fastapi-server', () => {
  it('starts uvicorn, serves the books OpenAPI document, and stops', async () => {
    const server = await startFastApi();
    try {
      expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const spec = (await (await fetch(server.specUrl)).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
      expect(spec.openapi).toMatch(/^3\.0\./);
      const routes = Object.entries(spec.paths)
        .filter(([path]) => path.startsWith('/books'))
        .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
        .sort();
      expect(routes).toEqual([
        'DELETE /books/{book_id}',
        'GET /books',
        'GET /books/{book_id}',
        'PATCH /books/{book_id}',
        'POST /books',
        'PUT /books/{book_id}',
      ]);
      const books = (await (await fetch(`${server.baseUrl}/books`)).json()) as unknown[];
      expect(books).toHaveLength(2);
    } finally {
      await server.stop();
    }
    await expect(fetch(`${server.baseUrl}/health`)).rejects.toThrow();
  }, 30_000);
});
