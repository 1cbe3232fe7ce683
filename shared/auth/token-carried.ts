/**
 * Whether a request carries a given token: as typed, percent-encoded (a query parameter, a form body),
 * or base64-encoded (Basic auth with the token as password, a body field), in its URL, a header or a
 * text body. Decoding what the request holds, rather than encoding the token, also finds an encoding
 * that escapes more (or other) characters than a standard encoder would.
 */

/** The parts of a request a token could be written into (a staged file's bytes are not read). */
export interface CarrierRequest {
  readonly url: string;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  readonly body?: { readonly text?: string; readonly parts?: readonly { readonly name: string; readonly value?: string }[] };
}

// Each pass decodes one layer: a token encoded twice (%252F) is still found, and a crafted text cannot make it loop.
const MAX_DECODE_PASSES = 3;
// Shorter base64 runs cannot hold a token long enough to be told from chance (see MIN_TOKEN_LENGTH).
const BASE64_RUN = /[A-Za-z0-9+/_-]{20,}={0,2}/g;
// A longer run is a file or an image, not a credential: decoding it would only slow each send down.
const MAX_BASE64_RUN = 8192;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** The texts of `request` a token may be written into. */
export function carrierTexts(request: CarrierRequest): string[] {
  const texts = [request.url, ...request.headers.map((header) => header.value)];
  if (request.body?.text) texts.push(request.body.text);
  for (const part of request.body?.parts ?? []) texts.push(part.name, ...(part.value === undefined ? [] : [part.value]));
  return texts;
}

/** `text` as written and each percent- or base64-decoded reading of it, to look for tokens in. */
export function readingsOf(text: string): string[] {
  const readings: string[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_DECODE_PASSES; pass += 1) {
    readings.push(current, ...base64Runs(current));
    const next = percentDecoded(current);
    if (next === current) break;
    current = next;
  }
  return readings;
}

/** Whatever in `request` could carry a token, read once so that many tokens can be looked for. */
export function carrierReadings(request: CarrierRequest): string[] {
  return carrierTexts(request).flatMap(readingsOf);
}

/** `text` with each run of valid UTF-8 percent escapes decoded (a run that is not valid UTF-8 stays as it is). */
export function percentDecoded(text: string): string {
  return text.replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Each long run of base64 (standard or URL-safe alphabet) in `text`, decoded to one char per byte. */
function base64Runs(text: string): string[] {
  return [...text.matchAll(BASE64_RUN)].filter((match) => match[0].length <= MAX_BASE64_RUN).map((match) => base64Bytes(match[0]));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `run` read as base64 from its start, one char per decoded byte (a token is ASCII, so it reads as itself). */
export function base64Bytes(run: string): string {
  let out = '';
  let bits = 0;
  let count = 0;
  for (const char of run) {
    if (char === '=') break;
    const value = char === '+' || char === '-' ? 62 : char === '/' || char === '_' ? 63 : ALPHABET.indexOf(char);
    if (value < 0) break;
    bits = ((bits << 6) | value) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += String.fromCharCode((bits >> count) & 0xff);
    }
  }
  return out;
}
