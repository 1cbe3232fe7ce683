import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi, type FastApiServer } from '../support/fastapi/fastapi-server';
import { runRoundtrip } from '../support/run-roundtrip';

describe('roundtrip inspect against FastAPI', () => {
  let fastapi: FastApiServer;

  beforeAll(async () => {
    fastapi = await startFastApi();
  });
  afterAll(() => fastapi.stop());

  it('lists every route FastAPI declared, with idempotency classes', async () => {
    const declared = (await (await fetch(fastapi.specUrl)).json()) as { paths: Record<string, Record<string, unknown>> };
    const expected = Object.entries(declared.paths)
      .flatMap(([route, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${route}`))
      .sort();
    const { code, stdout } = await runRoundtrip('inspect', fastapi.specUrl, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { openapi: string; operations: { method: string; path: string; idempotency: string }[] };
    expect(report.openapi).toMatch(/^3\.0\./);
    expect(report.operations.map((op) => `${op.method} ${op.path}`).sort()).toEqual(expected);
    expect(expected).toHaveLength(11);
    const classOf = (key: string): string | undefined => report.operations.find((op) => `${op.method} ${op.path}` === key)?.idempotency;
    expect(classOf('GET /books')).toBe('safe');
    expect(classOf('POST /books')).toBe('not-idempotent');
    expect(classOf('PUT /books/{book_id}')).toBe('idempotent');
    expect(classOf('PATCH /books/{book_id}')).toBe('not-idempotent');
    expect(classOf('DELETE /books/{book_id}')).toBe('idempotent');
    // The Idempotency-Key header FastAPI declares on POST /orders is reported beside the class.
    const keyOf = (key: string): unknown => (report.operations.find((op) => `${op.method} ${op.path}` === key) as { idempotencyKey?: unknown } | undefined)?.idempotencyKey;
    expect(classOf('POST /orders')).toBe('not-idempotent');
    expect(keyOf('POST /orders')).toEqual({ header: 'Idempotency-Key', required: false });
    expect(keyOf('POST /books')).toBeNull();
  });
});
