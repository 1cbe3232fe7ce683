/** Writes a saved request as a `curl` command line, with collection variables filled in. */
import type { Auth, SavedRequest, Variable } from './format-v1';
import { shellQuote } from './shell-words';

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
  const args: string[] = ['curl'];
  if (!(request.method === 'GET' && request.body.mode === 'none') && !(request.method === 'POST' && request.body.mode !== 'none')) args.push('-X', request.method);
  const headers = request.headers.filter((h) => h.disabled !== true).map((h) => `${fill(h.name)}: ${fill(h.value)}`);
  if (auth?.type === 'bearer') headers.push(`Authorization: Bearer ${fill(auth.token)}`);
  if (auth?.type === 'apikey' && auth.in === 'header') headers.push(`${fill(auth.name)}: ${fill(auth.value)}`);
  if (auth?.type === 'apikey' && auth.in === 'query') url += `${url.includes('?') ? '&' : '?'}${encodeURIComponent(fill(auth.name))}=${encodeURIComponent(fill(auth.value))}`;
  const body = request.body;
  if ((body.mode === 'raw' || body.mode === 'file') && body.mediaType !== undefined && !request.headers.some((h) => h.name.toLowerCase() === 'content-type')) headers.push(`Content-Type: ${body.mediaType}`);
  for (const header of headers) args.push('-H', shellQuote(header));
  if (auth?.type === 'basic') args.push('-u', shellQuote(`${fill(auth.username)}:${fill(auth.password)}`));
  if (body.mode === 'raw') args.push('--data-raw', shellQuote(fill(body.text)));
  if (body.mode === 'file') args.push('--data-binary', shellQuote(`@${body.file}`));
  if (body.mode === 'urlencoded') for (const field of body.fields.filter((f) => f.disabled !== true)) args.push('--data-urlencode', shellQuote(`${fill(field.name)}=${fill(field.value)}`));
  if (body.mode === 'form-data') {
    for (const part of body.parts.filter((p) => p.disabled !== true)) {
      if (part.file !== undefined) args.push('-F', shellQuote(`${part.name}=@${part.file}${part.mediaType ? `;type=${part.mediaType}` : ''}`));
      else args.push('--form-string', shellQuote(`${part.name}=${fill(part.value ?? '')}`));
    }
  }
  if (request.settings?.allowInvalidCertificate === true) args.push('-k');
  if (request.settings?.followRedirects !== false) args.push('-L');
  args.push(shellQuote(url));
  return args.join(' ');
}
