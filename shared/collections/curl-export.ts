/** Writes a saved request as a `curl` command line (through the one curl writer), with collection variables filled in. */
import { renderCurl, type CurlBody } from '../request/curl-command';
import type { Auth, SavedRequest, Variable } from './format-v1';
import { idempotencyKeyAsHeader } from './key-header';

/** Replaces {{name}} with the variable's value; secret and unknown variables stay as {{name}}. */
export function fillVariables(text: string, variables: readonly Variable[]): string {
  return text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => {
    const variable = variables.find((v) => v.key === name);
    return variable && variable.secret !== true && variable.value !== undefined ? variable.value : whole;
  });
}

/** The curl command for `request`; `inherited` is the auth of the folder or collection above it. */
export function toCurl(request: SavedRequest, variables: readonly Variable[] = [], inherited?: Auth): string {
  const fill = (text: string): string => fillVariables(text, variables);
  const auth = request.auth.type === 'inherit' ? inherited : request.auth;
  let url = fill(request.url);
  const headers = request.headers.filter((h) => h.disabled !== true).map((h) => ({ name: fill(h.name), value: fill(h.value) }));
  // A fixed key goes along; a fresh key per send ("auto") is the app's to make, so a command has none.
  const key = idempotencyKeyAsHeader(request);
  if (key !== undefined) headers.push({ name: key.name, value: fill(key.value) });
  if (auth?.type === 'bearer') headers.push({ name: 'Authorization', value: `Bearer ${fill(auth.token)}` });
  if (auth?.type === 'oauth2' && auth.accessToken) headers.push({ name: 'Authorization', value: `Bearer ${fill(auth.accessToken)}` });
  if (auth?.type === 'apikey' && auth.in === 'header') headers.push({ name: fill(auth.name), value: fill(auth.value) });
  if (auth?.type === 'apikey' && auth.in === 'query') url += `${url.includes('?') ? '&' : '?'}${encodeURIComponent(fill(auth.name))}=${encodeURIComponent(fill(auth.value))}`;
  const body = request.body;
  if ((body.mode === 'raw' || body.mode === 'file') && body.mediaType !== undefined && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) headers.push({ name: 'Content-Type', value: body.mediaType });
  let curlBody: CurlBody | undefined;
  if (body.mode === 'raw') curlBody = { kind: 'data', flag: '--data-raw', text: fill(body.text) };
  if (body.mode === 'file') curlBody = { kind: 'file', path: body.file };
  if (body.mode === 'urlencoded') curlBody = { kind: 'urlencoded', fields: body.fields.filter((f) => f.disabled !== true).map((f) => `${fill(f.name)}=${fill(f.value)}`) };
  if (body.mode === 'form-data') {
    curlBody = { kind: 'form', parts: body.parts.filter((p) => p.disabled !== true).map((p) => (p.file !== undefined ? { name: p.name, file: p.file, ...(p.mediaType ? { mediaType: p.mediaType } : {}) } : { name: p.name, value: fill(p.value ?? '') })) };
  }
  return renderCurl(
    {
      method: request.method,
      // curl picks GET without a body and POST with one: -X only when it would pick otherwise.
      explicitMethod: !(request.method === 'GET' && body.mode === 'none') && !(request.method === 'POST' && body.mode !== 'none'),
      url,
      headers,
      ...(auth?.type === 'basic' ? { user: `${fill(auth.username)}:${fill(auth.password)}` } : {}),
      ...(curlBody ? { body: curlBody } : {}),
      insecure: request.settings?.allowInvalidCertificate === true,
      followRedirects: request.settings?.followRedirects !== false,
    },
    'one-line',
  );
}
