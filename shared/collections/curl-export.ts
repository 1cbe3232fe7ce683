/** Writes a saved request as a `curl` command line (through the one curl writer), with collection variables filled in. */
import { renderCurl, type CurlBody } from '../request/curl-command';
import { resolveRequest } from '../request/resolve-request';
import { fileVariablesScope, mergeScopes, VariableFiller } from '../request/variable-scopes';
import { isCredentialHeader, isCredentialQueryParam } from '../security/credential-names';
import { splitUrl } from '../security/url-query';
import type { Auth, SavedRequest, Variable } from './format-v1';

/**
 * The curl command for `request`; `inherited` is the auth of the folder or collection above it. Headers,
 * the URL and the auth come from the resolution pipeline the app sends with; secret and unknown variables
 * stay as {{name}}. Basic auth is written as -u and bodies in curl's own options, so the command imports back the same.
 * Two things curl cannot do as the app does are said in `# ` lines above the command: `-L` is left out when a
 * credential rides in a header or the query (curl hands custom headers and the query on to any origin it is
 * redirected to), and an "auto" Idempotency-Key is one made now (`newKey`), so running the command again is a retry.
 */
export function toCurl(request: SavedRequest, variables: readonly Variable[] = [], inherited?: Auth, newKey?: () => string): string {
  const scope = fileVariablesScope('the collection', variables);
  const filler = new VariableFiller(mergeScopes([scope]));
  const fill = (text: string): string => filler.fill(text, 'the command');
  const auth = request.auth.type === 'inherit' ? inherited : request.auth;
  const key = request.idempotencyKey?.policy === 'auto' && newKey !== undefined ? newKey() : undefined;
  const resolution = resolveRequest({ ...request, auth: auth?.type === 'basic' ? { type: 'none' } : request.auth }, { scopes: [scope], ...(inherited ? { inheritedAuth: inherited } : {}), ...(key === undefined ? {} : { idempotencyKey: key }) });
  const sent = resolution.ok ? resolution.request : resolution.draft;
  const body = request.body;
  // curl sets the type of form bodies itself (multipart needs its boundary); a file body keeps its declared type.
  const headers = sent.headers.filter((h) => !(h.name.toLowerCase() === 'content-type' && (body.mode === 'form-data' || body.mode === 'urlencoded')));
  if (body.mode === 'file' && body.mediaType !== undefined && !headers.some((h) => h.name.toLowerCase() === 'content-type')) headers.push({ name: 'Content-Type', value: body.mediaType });
  let curlBody: CurlBody | undefined;
  if (body.mode === 'raw') curlBody = { kind: 'data', flag: '--data-raw', text: sent.body?.text ?? fill(body.text) };
  if (body.mode === 'file') curlBody = { kind: 'file', path: body.file };
  if (body.mode === 'urlencoded') curlBody = { kind: 'urlencoded', fields: body.fields.filter((f) => f.disabled !== true).map((f) => `${fill(f.name)}=${fill(f.value)}`) };
  if (body.mode === 'form-data') {
    curlBody = { kind: 'form', parts: body.parts.filter((p) => p.disabled !== true).map((p) => (p.file !== undefined ? { name: p.name, file: p.file, ...(p.mediaType ? { mediaType: p.mediaType } : {}) } : { name: p.name, value: fill(p.value ?? '') })) };
  }
  const follows = request.settings?.followRedirects !== false;
  const credentialRides = headers.some((h) => isCredentialHeader(h.name, sent.credentialNames)) || splitUrl(sent.url).pairs.some((pair) => isCredentialQueryParam(pair.name, sent.credentialNames));
  const notes = [
    ...(follows && credentialRides ? ['# Redirects are not followed (no -L): curl would send this request\'s credentials on to whatever origin a redirect names.'] : []),
    ...(key !== undefined ? [`# The ${request.idempotencyKey?.header ?? 'Idempotency-Key'} was made at export: running this command again is a retry of the same request; a new request needs a new key.`] : []),
  ];
  const command = renderCurl(
    {
      method: request.method,
      // curl picks GET without a body and POST with one: -X only when it would pick otherwise.
      explicitMethod: !(request.method === 'GET' && body.mode === 'none') && !(request.method === 'POST' && body.mode !== 'none'),
      url: sent.url,
      headers,
      ...(auth?.type === 'basic' ? { user: `${fill(auth.username)}:${fill(auth.password)}` } : {}),
      ...(curlBody ? { body: curlBody } : {}),
      insecure: request.settings?.allowInvalidCertificate === true,
      followRedirects: follows && !credentialRides,
    },
    'one-line',
  );
  return [...notes, command].join('\n');
}
