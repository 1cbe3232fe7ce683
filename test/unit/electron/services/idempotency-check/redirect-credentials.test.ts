import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIdempotencyCheck } from '../../../../../electron/services/idempotency-check/run-check';
import { PARTNER_HEADER, PARTNER_QUERY, receivedAt, startCredentialTarget, type CredentialTarget } from '../../../../support/credential-target';

// Finding 1 of the hardening issue, through the idempotency check: its sends and its reads follow
// a 307 to another origin, where neither the document's header key nor its query key may arrive.
let target: CredentialTarget;
beforeAll(async () => {
  target = await startCredentialTarget();
});
afterAll(() => target.stop());

describe('the idempotency check on a redirect to another origin', () => {
  it('sends and reads without the spec-declared header and query keys once the redirect leaves the origin', async () => {
    const report = await runIdempotencyCheck({
      request: {
        method: 'PUT',
        url: `${target.base}/things/1?${PARTNER_QUERY}=code-SECRET-1`,
        headers: [
          { name: PARTNER_HEADER, value: 'partner-SECRET-1' },
          { name: 'Content-Type', value: 'application/json' },
        ],
        body: { mediaType: 'application/json', text: '{"name":"lamp"}' },
        secretValues: ['partner-SECRET-1', 'code-SECRET-1'],
        credentialNames: { headers: [PARTNER_HEADER], query: [PARTNER_QUERY] },
      },
      // The plan reads the bare path; the check adds the request's query key, as it keeps its header key.
      plan: { noun: 'thing', readUrl: `${target.base}/things/1`, readScope: 'resource' },
    });
    expect(report.exchanges.map((e) => `${e.label} ${e.method} ${e.status ?? e.error ?? ''}`)).toEqual(['1st send PUT 200', 'state after 1st send GET 200', '2nd send PUT 200', 'state after 2nd send GET 200']);
    const origin = receivedAt(target, 'api', '/things/1');
    expect(origin.map((r) => [r.method, r.url, r.headers[PARTNER_HEADER.toLowerCase()]])).toEqual(Array.from({ length: 2 }, () => [['PUT', `/things/1?${PARTNER_QUERY}=code-SECRET-1`, 'partner-SECRET-1'], ['GET', `/things/1?${PARTNER_QUERY}=code-SECRET-1`, 'partner-SECRET-1']]).flat());
    const crossed = receivedAt(target, 'elsewhere', '/things/1');
    expect(crossed.map((r) => r.method)).toEqual(['PUT', 'GET', 'PUT', 'GET']);
    for (const request of crossed) {
      expect(request.headers[PARTNER_HEADER.toLowerCase()], `${request.method} ${request.url}`).toBeUndefined();
      expect(request.url).not.toContain('code-SECRET-1');
      expect(JSON.stringify(request.headers)).not.toContain('SECRET');
    }
    // The body is the request's own, and still goes along on a 307.
    expect(crossed[0]?.body).toBe('{"name":"lamp"}');
  });
});
