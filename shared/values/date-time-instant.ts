/**
 * RFC 3339 date-times read as instants: a server may write the same moment as "…22.5209Z" in one
 * answer and "…22.520900+00:00" in the next (pydantic does, between a model and a stored copy), and
 * a comparison of answers must not count that as a difference. Sub-millisecond digits are kept,
 * so two moments a microsecond apart still differ.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** The instant `text` names, as "<UTC seconds since 1970>.<fraction>", or undefined when it is no RFC 3339 date-time. */
export function dateTimeInstant(text: string): string | undefined {
  const match = RFC3339.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zone, sign, offsetHours = '0', offsetMinutes = '0'] = match;
  const number = (digits: string | undefined): number => Number(digits ?? '0');
  const local = Date.UTC(number(year), number(month) - 1, number(day), number(hour), number(minute), number(second));
  if (Number.isNaN(local) || number(month) > 12 || number(day) > 31 || number(hour) > 23 || number(minute) > 59 || number(second) > 60) return undefined;
  const offset = zone === 'Z' || zone === 'z' ? 0 : (sign === '-' ? -1 : 1) * (number(offsetHours) * 60 + number(offsetMinutes)) * 60_000;
  return `${(local - offset) / 1000}.${fraction.replace(/0+$/, '')}`;
}

/** True when `a` and `b` are two RFC 3339 date-times naming the same instant, however each is written. */
export function sameInstant(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const left = dateTimeInstant(a);
  return left !== undefined && left === dateTimeInstant(b);
}
