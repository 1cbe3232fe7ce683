import { describe, expect, it } from 'vitest';
import { base64, carrierReadings, percentDecoded, readingsCarry, readingsOf, tokenForms } from '../../../../shared/auth/token-carried';

const TOKEN = 'kept/access+token=0123456789';
const carries = (text: string): boolean => readingsCarry(readingsOf(text), TOKEN);
const base64Of = (text: string): string => Buffer.from(text, 'latin1').toString('base64');

describe('token-carried', () => {
  it('finds a token as typed, and percent-encoded once, twice, in lower case or escaping more than an encoder would', () => {
    expect(carries(`Bearer ${TOKEN}`)).toBe(true);
    expect(carries(`https://evil.test/?access_token=${encodeURIComponent(TOKEN)}`)).toBe(true);
    expect(carries(`access_token=${encodeURIComponent(encodeURIComponent(TOKEN))}`)).toBe(true);
    expect(carries(encodeURIComponent(TOKEN).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()))).toBe(true);
    expect(carries([...TOKEN].map((char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''))).toBe(true);
    expect(carries('Bearer another-token-of-the-same-length')).toBe(false);
  });

  it('finds a token base64-encoded after any prefix (Basic auth with the token as password, a field), in either alphabet', () => {
    for (const prefix of ['', 'x', 'ab', 'x-access-token:', 'user:']) expect(carries(`Basic ${base64Of(`${prefix}${TOKEN}`)}`)).toBe(true);
    expect(carries(`{"credential":"${base64Of(`u:${TOKEN}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"}`)).toBe(true);
    expect(carries(`auth=${encodeURIComponent(base64Of(`user:${TOKEN}`))}`)).toBe(true);
    expect(carries(`Basic ${base64Of('user:another-password-entirely')}`)).toBe(false);
  });

  it("encodes base64 as Node does, and names a token's forms without repeats", () => {
    for (const text of ['', 'a', 'ab', 'abc', 'user:secret', TOKEN]) expect(base64(text)).toBe(base64Of(text));
    expect(tokenForms(TOKEN)[0]).toBe(TOKEN);
    expect(new Set(tokenForms(TOKEN)).size).toBe(tokenForms(TOKEN).length);
    // A token that is not ASCII is looked for as typed only.
    expect(tokenForms('jeton-é-0123456789')).toEqual(['jeton-é-0123456789']);
  });

  it('leaves percent escapes that are not UTF-8 as they are, and decodes the rest', () => {
    expect(percentDecoded('a%20b%FFc%2Fd')).toBe('a b%FFc/d');
    expect(percentDecoded('100%')).toBe('100%');
    expect(readingsOf('no escapes here')).toEqual(['no escapes here']);
  });

  it('reads the URL, each header, a text body and the text parts of a form', () => {
    const found = (body: { text?: string; parts?: { name: string; value?: string }[] }): boolean => readingsCarry(carrierReadings({ url: 'https://evil.test/', headers: [{ name: 'X-Other', value: 'x' }], body }), TOKEN);
    expect(found({ text: `{"token":"${TOKEN}"}` })).toBe(true);
    expect(found({ text: `token=${encodeURIComponent(TOKEN)}` })).toBe(true);
    expect(found({ text: '', parts: [{ name: 'token', value: TOKEN }] })).toBe(true);
    expect(found({ text: '', parts: [{ name: 'file' }] })).toBe(false);
  });
});
