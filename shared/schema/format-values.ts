/** Sample values for the string formats OpenAPI documents use, varied by a seeded source. */
import type { SeededRandom } from './seeded-random';

const WORDS = ['alpha', 'bravo', 'delta', 'echo', 'lima', 'oscar', 'tango', 'zulu'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A value of `format`, or undefined for a format with no known shape (the caller makes plain text). */
export function formatValue(format: string, random: SeededRandom): string | undefined {
  const day = `${random.int(2000, 2030)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  const time = `${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}`;
  const hex = (n: number): string => Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('');
  switch (format) {
    case 'date-time':
      return `${day}T${time}Z`;
    case 'date':
      return day;
    case 'time':
      return `${time}Z`;
    case 'email':
      return `${random.pick(WORDS)}.${random.int(1, 999)}@example.com`;
    case 'uuid':
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${random.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
    case 'uri':
    case 'url':
    case 'iri':
      return `https://example.com/${random.pick(WORDS)}/${random.int(1, 999)}`;
    case 'uri-reference':
      return `/${random.pick(WORDS)}/${random.int(1, 999)}`;
    case 'hostname':
      return `${random.pick(WORDS)}.example.com`;
    case 'ipv4':
      return `192.0.2.${random.int(1, 254)}`;
    case 'ipv6':
      return `2001:db8::${random.int(1, 65535).toString(16)}`;
    case 'byte':
      return 'cm91bmR0cmlw';
    default:
      return undefined;
  }
}

/** Plain text of `length` characters from a seeded source. */
export function plainText(length: number, random: SeededRandom): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let text = '';
  while (text.length < length) text += letters[random.int(0, letters.length - 1)];
  return text;
}
