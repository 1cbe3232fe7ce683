/**
 * Turns a saved request into what the main process sends: variables filled in, the inherited auth
 * applied, the body's Content-Type set. Used to send a saved request and by the exports' checks.
 */
import type { HeaderEntry, RequestDescription } from '../request/request-model';
import { fillVariables } from './curl-export';
import type { Auth, SavedRequest, Variable } from './format-v1';

/** The request to send; file bodies and file parts are not staged here (the caller stages files). */
export function toRequestDescription(request: SavedRequest, variables: readonly Variable[], inherited?: Auth): RequestDescription {
  const fill = (text: string): string => fillVariables(text, variables);
  const auth = request.auth.type === 'inherit' ? inherited : request.auth;
  let url = fill(request.url);
  const headers: HeaderEntry[] = request.headers.filter((h) => h.disabled !== true).map((h) => ({ name: fill(h.name), value: fill(h.value) }));
  if (auth?.type === 'basic') headers.push({ name: 'Authorization', value: `Basic ${base64(`${fill(auth.username)}:${fill(auth.password)}`)}` });
  if (auth?.type === 'bearer') headers.push({ name: 'Authorization', value: `Bearer ${fill(auth.token)}` });
  if (auth?.type === 'oauth2' && auth.accessToken) headers.push({ name: 'Authorization', value: `Bearer ${fill(auth.accessToken)}` });
  if (auth?.type === 'apikey' && auth.in === 'header') headers.push({ name: fill(auth.name), value: fill(auth.value) });
  if (auth?.type === 'apikey' && auth.in === 'query') url += `${url.includes('?') ? '&' : '?'}${encodeURIComponent(fill(auth.name))}=${encodeURIComponent(fill(auth.value))}`;
  const hasContentType = headers.some((h) => h.name.toLowerCase() === 'content-type');
  const body = request.body;
  let sent: RequestDescription['body'];
  if (body.mode === 'raw') {
    sent = { mediaType: body.mediaType, text: fill(body.text) };
    if (!hasContentType) headers.push({ name: 'Content-Type', value: body.mediaType });
  } else if (body.mode === 'urlencoded') {
    const text = body.fields
      .filter((f) => f.disabled !== true)
      .map((f) => `${encodeURIComponent(fill(f.name))}=${encodeURIComponent(fill(f.value))}`)
      .join('&');
    sent = { mediaType: 'application/x-www-form-urlencoded', text };
    if (!hasContentType) headers.push({ name: 'Content-Type', value: 'application/x-www-form-urlencoded' });
  } else if (body.mode === 'form-data') {
    sent = { mediaType: 'multipart/form-data', text: '', parts: body.parts.filter((p) => p.disabled !== true && p.file === undefined).map((p) => ({ name: fill(p.name), value: fill(p.value ?? ''), ...(p.mediaType ? { mediaType: p.mediaType } : {}) })) };
  }
  const settings = request.settings;
  return {
    method: request.method,
    url,
    headers,
    ...(sent ? { body: sent } : {}),
    ...(settings?.followRedirects === false ? { maxRedirects: 0 } : settings?.maxRedirects !== undefined ? { maxRedirects: settings.maxRedirects } : {}),
    ...(settings?.allowInvalidCertificate === true ? { allowInvalidCertificate: true } : {}),
    ...(settings?.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
    ...(request.operation ? { opKey: request.operation.key } : {}),
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the UTF-8 bytes of `text` (shared code has neither Buffer nor btoa). */
function base64(text: string): string {
  const bytes = utf8(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? ALPHABET.charAt((n >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? ALPHABET.charAt(n & 63) : '=';
  }
  return out;
}

function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const char of encodeURIComponent(text).match(/%[0-9A-F]{2}|[^%]/g) ?? []) bytes.push(char.startsWith('%') ? parseInt(char.slice(1), 16) : char.charCodeAt(0));
  return bytes;
}
