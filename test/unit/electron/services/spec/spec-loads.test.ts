import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../electron/services/app-error';
import { SpecLoads } from '../../../../../electron/services/spec/spec-loads';

const specs = path.resolve('test/fixtures/specs');

describe('spec-loads', () => {
  let slow: Server;
  let slowUrl = '';

  beforeAll(async () => {
    // Answers never: only cancelling ends a load from here.
    slow = createServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/openapi.json`;
  });
  afterAll(() => {
    slow.closeAllConnections();
    return new Promise<void>((resolve) => slow.close(() => resolve()));
  });

  it('answers with the model first and hands out validation problems later', async () => {
    const loads = new SpecLoads();
    const loaded = await loads.load({ source: { kind: 'file', path: path.join(specs, 'invalid-but-parses.json') } });
    expect(loaded.model.operations).toHaveLength(1);
    expect(loaded.validationId).toBeTypeOf('string');
    const outcome = await loads.problems(loaded.validationId ?? '');
    const info = outcome.find((p) => p.pointer === '#/info');
    expect(info?.line).toBeGreaterThan(0);
    expect(await loads.problems('unknown')).toEqual([]);
  });

  it('waits for validation in strict mode and refuses an invalid document', async () => {
    const loads = new SpecLoads();
    await expect(loads.load({ source: { kind: 'file', path: path.join(specs, 'invalid-but-parses.json') }, strict: true })).rejects.toMatchObject({ code: 'spec-invalid' });
    const valid = await loads.load({ source: { kind: 'file', path: path.join(specs, 'pets-3.0.yaml') }, strict: true });
    expect(valid.validationId).toBeUndefined();
  });

  it('cancels a load in flight by the id its caller chose', async () => {
    const loads = new SpecLoads();
    const pending = loads.load({ source: { kind: 'url', url: slowUrl }, loadId: 'load-1' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads.cancel('load-1')).toBe(true);
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('spec-cancelled');
    expect(loads.cancel('load-1')).toBe(false);
  });

  it('applies a configured size cap', async () => {
    const loads = new SpecLoads();
    await expect(loads.load({ source: { kind: 'file', path: path.join(specs, 'pets-3.0.yaml') }, maxSizeMb: 0.0001 })).rejects.toMatchObject({ code: 'spec-too-large' });
  });
});
