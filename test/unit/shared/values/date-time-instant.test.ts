import { describe, expect, it } from 'vitest';
import { dateTimeInstant, sameInstant } from '../../../../shared/values/date-time-instant';

describe('date-time-instant', () => {
  it('reads Z and +00:00 as the same instant, microseconds kept', () => {
    expect(sameInstant('2026-12-03T17:22:22.520900Z', '2026-12-03T17:22:22.520900+00:00')).toBe(true);
    expect(sameInstant('2026-12-03T17:22:22.5209Z', '2026-12-03T17:22:22.520900z')).toBe(true);
  });

  it('applies the offset', () => {
    expect(sameInstant('2026-12-03T18:22:22+01:00', '2026-12-03T17:22:22Z')).toBe(true);
    expect(sameInstant('2026-12-03T16:52:22-00:30', '2026-12-03T17:22:22Z')).toBe(true);
  });

  it('tells apart instants a microsecond apart', () => {
    expect(sameInstant('2026-12-03T17:22:22.520900Z', '2026-12-03T17:22:22.520901Z')).toBe(false);
  });

  it('reads nothing else as a date-time', () => {
    expect(dateTimeInstant('2026-12-03T17:22:22')).toBeUndefined();
    expect(dateTimeInstant('2026-12-03')).toBeUndefined();
    expect(dateTimeInstant('2026-13-03T17:22:22Z')).toBeUndefined();
    expect(sameInstant('2026-12-03T17:22:22', '2026-12-03T17:22:22')).toBe(false);
    expect(sameInstant(1, 1)).toBe(false);
  });
});
