/**
 * The message for a string that breaks its schema's `format`, for the common formats only. The checks
 * are ajv-formats' own table (plain functions and regular expressions, no code generation), so a value
 * the form accepts is one the response validator in the main process accepts too.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** What each checked format wants, with a value that fits; a format not named here is not checked. */
const WANTS: Readonly<Partial<Record<keyof typeof fullFormats, string>>> = {
  'date-time': 'an RFC 3339 date-time, such as 2026-05-01T09:30:00Z',
  date: 'an RFC 3339 date, such as 2026-05-01',
  time: 'an RFC 3339 time with its offset, such as 09:30:00Z',
  uuid: 'a UUID, such as 3fa85f64-5717-4562-b3fc-2c963f66afa6',
  email: 'an email address, such as name@example.com',
  uri: 'an absolute URI, such as https://example.com/path',
  ipv4: 'an IPv4 address, such as 192.0.2.1',
  ipv6: 'an IPv6 address, such as 2001:db8::1',
};

/** A `{{name}}` stands for a value known only when sent (`{{$isoTimestamp}}` in a date-time field). */
const VARIABLE = /\{\{[^{}]+\}\}/;

function fits(check: unknown, value: string): boolean {
  if (check instanceof RegExp) return check.test(value);
  if (typeof check === 'function') return check(value) === true;
  if (typeof check === 'object' && check !== null && 'validate' in check) return fits(check.validate, value);
  return true;
}

/** "must be an RFC 3339 date, such as 2026-05-01" when `value` breaks `format`; undefined when it fits or the format is not checked. */
export function formatProblem(format: unknown, value: string): string | undefined {
  const name = typeof format === 'string' && Object.hasOwn(WANTS, format) ? (format as keyof typeof fullFormats) : undefined;
  const wants = name === undefined ? undefined : WANTS[name];
  if (name === undefined || wants === undefined || VARIABLE.test(value)) return undefined;
  return fits(fullFormats[name], value) ? undefined : `must be ${wants}`;
}
