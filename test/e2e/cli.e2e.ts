import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRoundtrip } from '../support/run-roundtrip';

const specs = path.resolve('test/fixtures/specs');
const roundtrip = runRoundtrip;

describe('roundtrip inspect', () => {
  it('prints the normalized operations as stable JSON', async () => {
    const { code, stdout } = await roundtrip('inspect', path.join(specs, 'pets-3.0.yaml'), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { openapi: string; title: string; servers: string[]; operations: Record<string, unknown>[] };
    expect(report.openapi).toBe('3.0.3');
    expect(report.title).toBe('Pets');
    expect(report.servers).toEqual(['http://127.0.0.1:{port}/v1']);
    expect(report.operations.map((op) => [op['method'], op['path'], op['idempotency']])).toEqual([
      ['GET', '/pets', 'safe'],
      ['POST', '/pets', 'not-idempotent'],
      ['DELETE', '/pets/{petId}', 'idempotent'],
    ]);
    expect(report.operations[0]).toMatchObject({ operationId: 'listPets', summary: 'List pets', tags: ['pets'], parameters: [{ name: 'limit', in: 'query', required: false, type: 'integer' }], requestBody: null });
    expect(report.operations[1]).toMatchObject({ requestBody: { mediaTypes: ['application/json'] } });
    expect(report.operations[2]).toMatchObject({ parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }] });
  });

  it('prints a readable table without --json', async () => {
    const { code, stdout } = await roundtrip('inspect', path.join(specs, 'pets-3.0.yaml'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/GET\s+\/pets\s+safe\s+List pets/);
    expect(stdout).toMatch(/DELETE\s+\/pets\/\{petId\}\s+idempotent/);
  });

  it('exits 2 with a clear message on bad input', async () => {
    const missing = await roundtrip('inspect', '/nonexistent/spec.yaml', '--json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Could not open /nonexistent/spec.yaml (no such file)');
    const broken = await roundtrip('inspect', path.join(specs, 'broken-syntax.yaml'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/is not valid YAML at line \d+, column \d+/);
    const strict = await roundtrip('inspect', path.join(specs, 'invalid-but-parses.json'), '--strict');
    expect(strict.code).toBe(2);
    const usage = await roundtrip('inspect');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: roundtrip inspect');
    expect((await roundtrip('frobnicate')).code).toBe(2);
  });
});
