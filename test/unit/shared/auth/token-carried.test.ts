import { describe, expect, it } from 'vitest';
import { base64Bytes, carrierReadings, percentDecoded, readingsOf } from '../../../../shared/auth/token-carried';

const TOKEN = 'kept/access+token=0123456789';
const carries = (text: string): boolean => readingsOf(text).some((reading) => reading.includes(TOKEN));
const base64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');

describe('token-carried', () => {
  it('finds a token as typed, and percent-encoded once, twice, in lower case or escaping more than an encoder would', () => {
    expect(carries(`Bearer ${TOKEN}`)).toBe(true);
    expect(carries(`https://evil.test/?access_token=${encodeURIComponent(TOKEN)}`)).toBe(true);
    expect(carries(`access_token=${encodeURIComponent(encodeURIComponent(TOKEN))}`)).toBe(true);
    expect(carries(encodeURIComponent(TOKEN).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()))).toBe(true);
    expect(carries([...TOKEN].map((char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''))).toBe(true);
    expect(carries('Bearer another-token-of-the-same-length')).toBe(false);
  });

  it('finds a token base64-encoded (Basic auth with the token as password, a field), in either alphabet', () => {
    expect(carries(`Basic ${base64(`x-access-token:${TOKEN}`)}`)).toBe(true);
    expect(carries(`{"credential":"${base64(TOKEN).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"}`)).toBe(true);
    expect(carries(`auth=${encodeURIComponent(base64(`user:${TOKEN}`))}`)).toBe(true);
    expect(carries(`Basic ${base64('user:another-password-entirely')}`)).toBe(false);
  });

  it('decodes base64 from the start of a run, one char per byte', () => {
    expect(base64Bytes(base64('user:secret'))).toBe('user:secret');
    expect(base64Bytes('dXNlcjpzZWNyZXQ')).toBe('user:secret');
    expect(base64Bytes('')).toBe('');
  });

  it('leaves percent escapes that are not UTF-8 as they are, and decodes the rest', () => {
    expect(percentDecoded('a%20b%FFc%2Fd')).toBe('a b%FFc/d');
    expect(percentDecoded('100%')).toBe('100%');
  });

  it('reads the URL, each header, a text body and the text parts of a form', () => {
    const readings = (body: { text?: string; parts?: { name: string; value?: string }[] }): string[] => carrierReadings({ url: 'https://evil.test/', headers: [{ name: 'X-Other', value: 'x' }], body });
    expect(readings({ text: `{"token":"${TOKEN}"}` }).some((r) => r.includes(TOKEN))).toBe(true);
    expect(readings({ text: `token=${encodeURIComponent(TOKEN)}` }).some((r) => r.includes(TOKEN))).toBe(true);
    expect(readings({ text: '', parts: [{ name: 'token', value: TOKEN }] }).some((r) => r.includes(TOKEN))).toBe(true);
    expect(readings({ text: '', parts: [{ name: 'file' }] }).some((r) => r.includes(TOKEN))).toBe(false);
  });
});
