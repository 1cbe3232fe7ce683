import { describe, expect, it } from 'vitest';
import { timingPhases } from '../../../../shared/response/timing-phases';

describe('timing-phases', () => {
  it('chains the phases that happened, each starting where the last ended', () => {
    const phases = timingPhases({ dnsMs: 2, connectMs: 3, tlsMs: 5, ttfbMs: 10, downloadMs: 4, reusedConnection: false, redirectsMs: 0 });
    expect(phases.map((phase) => [phase.id, phase.startMs, phase.durationMs])).toEqual([
      ['dns', 0, 2],
      ['connect', 2, 3],
      ['tls', 5, 5],
      ['ttfb', 10, 10],
      ['download', 20, 4],
    ]);
  });

  it('keeps waiting and download for a reused connection and shows redirects first', () => {
    const phases = timingPhases({ dnsMs: 0, connectMs: 0, tlsMs: 0, ttfbMs: 1, downloadMs: 0, reusedConnection: true, redirectsMs: 7 });
    expect(phases.map((phase) => phase.id)).toEqual(['redirects', 'ttfb', 'download']);
    expect(phases[1]?.startMs).toBe(7);
  });
});
