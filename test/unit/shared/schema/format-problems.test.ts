import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../shared/schema/format-problems';

describe('format-problems', () => {
  it('accepts values that fit the common string formats', () => {
    const fitting: [string, string][] = [
      ['date-time', '2026-05-01T09:30:00Z'],
      ['date-time', '2026-05-01t09:30:00.123+02:00'],
      ['date', '2024-02-29'],
      ['time', '23:59:59-05:00'],
      ['uuid', '3FA85F64-5717-4562-B3FC-2C963F66AFA6'],
      ['email', 'first.last+tag@mail.example.com'],
      ['uri', 'https://example.com/a?b=c#d'],
      ['uri', 'urn:isbn:0451450523'],
      ['ipv4', '192.0.2.255'],
      ['ipv6', '2001:db8::1'],
      ['ipv6', '::ffff:192.0.2.1'],
    ];
    for (const [format, value] of fitting) expect(formatProblem(format, value), `${format} ${value}`).toBeUndefined();
  });

  it('says what a value that breaks its format should look like', () => {
    expect(formatProblem('date-time', 'tomorrow')).toBe('must be an RFC 3339 date-time, such as 2026-05-01T09:30:00Z');
    const breaking: [string, string][] = [
      ['date-time', '2026-05-01T09:30:00'],
      ['date-time', '2026-13-01T09:30:00Z'],
      ['date', '2023-02-29'],
      ['date', '01/05/2026'],
      ['time', '24:00:00Z'],
      ['uuid', '3fa85f64-5717-4562-b3fc'],
      ['email', 'name.example.com'],
      ['uri', 'example.com/path'],
      ['ipv4', '256.1.1.1'],
      ['ipv6', '2001:db8:::1'],
    ];
    for (const [format, value] of breaking) expect(formatProblem(format, value), `${format} ${value}`).toMatch(/^must be /);
  });

  it('ignores unknown formats and values that are {{variables}}', () => {
    expect(formatProblem('color', 'tomorrow')).toBeUndefined();
    expect(formatProblem('toString', 'tomorrow')).toBeUndefined();
    expect(formatProblem(undefined, 'tomorrow')).toBeUndefined();
    expect(formatProblem('date-time', '{{$isoTimestamp}}')).toBeUndefined();
  });
});
