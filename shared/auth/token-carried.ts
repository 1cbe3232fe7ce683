/**
 * Whether a request carries a given token: as typed, percent-encoded (a query parameter, a form body),
 * or base64-encoded (Basic auth with the token as password, a body field), in its URL, a header or a
 * text body. Percent escapes are decoded in what the request holds, which also finds an encoding that
 * escapes more (or other) characters than a standard encoder would; base64 is looked for as the
 * token's own encodings, which costs a few substring searches however large the body.
 */

/** The parts of a request a token could be written into (a staged file's bytes are not read). */
export interface CarrierRequest {
  readonly url: string;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  readonly body?: { readonly text?: string; readonly parts?: readonly { readonly name: string; readonly value?: string }[] };
}

// Each pass decodes one layer: a token encoded twice (%252F) is still found, and a crafted text cannot make it loop.
const MAX_DECODE_PASSES = 3;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** The texts of `request` a token may be written into. */
export function carrierTexts(request: CarrierRequest): string[] {
  const texts = [request.url, ...request.headers.map((header) => header.value)];
  if (request.body?.text) texts.push(request.body.text);
  for (const part of request.body?.parts ?? []) texts.push(part.name, ...(part.value === undefined ? [] : [part.value]));
  return texts;
}

/** `text` as written and each percent-decoded reading of it. */
export function readingsOf(text: string): string[] {
  const readings = [text];
  let current = text;
  for (let pass = 1; pass < MAX_DECODE_PASSES && current.includes('%'); pass += 1) {
    const next = percentDecoded(current);
    if (next === current) break;
    readings.push(next);
    current = next;
  }
  return readings;
}

/** Whatever in `request` could carry a token, read once so that many tokens can be looked for. */
export function carrierReadings(request: CarrierRequest): string[] {
  return carrierTexts(request).flatMap(readingsOf);
}

/**
 * The substrings that show `token` is there: the token itself, and the part of its base64 encoding
 * (standard and URL-safe) that is the same wherever in an encoded text it starts (each of the three
 * byte alignments). An ASCII token only: RFC 6750 tokens are.
 */
export function tokenForms(token: string): string[] {
  const forms = [token];
  if (!/^[\x20-\x7e]*$/.test(token)) return forms;
  for (let skip = 0; skip < 3; skip += 1) {
    const whole = token.slice(skip, skip + 3 * Math.floor((token.length - skip) / 3));
    if (whole.length < 3) continue;
    const standard = base64(whole);
    forms.push(standard, standard.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(forms)];
}

/** Whether one of `readings` shows `token`, in one of its forms. */
export function readingsCarry(readings: readonly string[], token: string): boolean {
  const forms = tokenForms(token);
  return readings.some((reading) => forms.some((form) => reading.includes(form)));
}

/** Whether `request` carries `token` anywhere it could be written. */
export function requestCarries(request: CarrierRequest, token: string): boolean {
  return readingsCarry(carrierReadings(request), token);
}

/** `text` with each run of valid UTF-8 percent escapes decoded (a run that is not valid UTF-8 stays as it is). */
export function percentDecoded(text: string): string {
  // One native pass when every escape is valid, as in most bodies; run by run (far slower) otherwise.
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray % or an escape that is not UTF-8: decoded run by run below.
  }
  return text.replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 of `text`, one byte per char (ASCII), with padding. */
export function base64(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
    const bits = (a << 16) | (b << 8) | c;
    out += ALPHABET.charAt((bits >> 18) & 63) + ALPHABET.charAt((bits >> 12) & 63);
    out += i + 1 < text.length ? ALPHABET.charAt((bits >> 6) & 63) : '=';
    out += i + 2 < text.length ? ALPHABET.charAt(bits & 63) : '=';
  }
  return out;
}
