/** Lays a response's timing breakdown out as waterfall rows: each phase's start and length. */
import type { ResponseTimings } from '../request/request-model';

export interface TimingPhase {
  readonly id: 'redirects' | 'dns' | 'connect' | 'tls' | 'ttfb' | 'download';
  readonly label: string;
  readonly startMs: number;
  readonly durationMs: number;
}

/** The phases that happened, in order, each starting where the one before ended. */
export function timingPhases(timings: ResponseTimings): TimingPhase[] {
  const steps: readonly [TimingPhase['id'], string, number][] = [
    ['redirects', 'Redirects', timings.redirectsMs],
    ['dns', 'DNS lookup', timings.dnsMs],
    ['connect', 'TCP connect', timings.connectMs],
    ['tls', 'TLS handshake', timings.tlsMs],
    ['ttfb', 'Waiting (TTFB)', timings.ttfbMs],
    ['download', 'Download', timings.downloadMs],
  ];
  const phases: TimingPhase[] = [];
  let at = 0;
  for (const [id, label, duration] of steps) {
    const durationMs = Math.max(0, duration);
    // Waiting and download always show; setup phases only when they took place.
    if (durationMs > 0 || id === 'ttfb' || id === 'download') phases.push({ id, label, startMs: at, durationMs });
    at += durationMs;
  }
  return phases;
}
