/** Base64 of a string's UTF-8 bytes, without DOM or Node APIs (shared code may use neither). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return bytes;
}

/** "user:pässword" -> its Base64, as HTTP Basic auth sends it (RFC 7617 with UTF-8). */
export function base64Utf8(text: string): string {
  const bytes = utf8(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] ?? '';
    out += ALPHABET[(n >> 12) & 63] ?? '';
    out += i + 1 < bytes.length ? (ALPHABET[(n >> 6) & 63] ?? '') : '=';
    out += i + 2 < bytes.length ? (ALPHABET[n & 63] ?? '') : '=';
  }
  return out;
}

/** "user" and "password" from a Basic credential's Base64, or undefined when it is not one (checked by encoding it back). */
export function decodeBasicCredentials(encoded: string): { username: string; password: string } | undefined {
  const clean = encoded.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]+$/.test(clean)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i + 1 < clean.length; i += 4) {
    const chunk = clean.slice(i, i + 4);
    const n = [...chunk].reduce((acc, ch, index) => acc | (ALPHABET.indexOf(ch) << (18 - 6 * index)), 0);
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  let text: string;
  try {
    text = decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return undefined;
  }
  const colon = text.indexOf(':');
  if (colon < 0 || base64Utf8(text) !== encoded) return undefined;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
