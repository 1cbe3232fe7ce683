/**
 * The one curl writer: the editor's "Copy as curl" (a RequestDescription) and the collections'
 * export (a saved request, see shared/collections/curl-export.ts) both describe what to send as
 * CurlParts, and renderCurl turns those into the command line.
 */
import { redactForExport, type ExportRedaction } from './redact-for-export';
import type { RequestSigning } from '../auth/request-signing';
import type { RequestDescription } from './request-model';

export type CurlOptions = ExportRedaction;

/** One multipart part: a text value (sent with --form-string unless it has a type) or a file (-F name=@path). */
export interface CurlFormPart {
  readonly name: string;
  readonly value?: string;
  readonly file?: string;
  readonly mediaType?: string;
}

export type CurlBody =
  | { readonly kind: 'data'; readonly flag: '--data-binary' | '--data-raw'; readonly text: string }
  /** A body read from a file: --data-binary @path. */
  | { readonly kind: 'file'; readonly path: string }
  /** Fields curl encodes itself, each "name=value". */
  | { readonly kind: 'urlencoded'; readonly fields: readonly string[] }
  | { readonly kind: 'form'; readonly parts: readonly CurlFormPart[] };

/** What a curl command sends, independent of how it is laid out. */
export interface CurlParts {
  readonly method: string;
  /** Write -X even when curl would pick the method itself. */
  readonly explicitMethod: boolean;
  readonly url: string;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  /** -u "user:password". */
  readonly user?: string;
  /** How curl computes the credentials from -u: `--digest`, or `--aws-sigv4 aws:amz:<region>:<service>`. */
  readonly signing?: readonly string[];
  readonly body?: CurlBody;
  /** -k */
  readonly insecure?: boolean;
  /** -L */
  readonly followRedirects?: boolean;
}

/**
 * 'lines': URL after the method, each option on its own line, every word quoted (for reading and
 * pasting). 'one-line': one line, the URL last, words quoted only when the shell needs it (for files).
 */
export type CurlLayout = 'lines' | 'one-line';

/** Single-quotes for POSIX shells: a quote inside becomes '\'' so nothing is expanded. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Quotes only a word the shell would split or expand. */
export function shellQuoteIfNeeded(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : shellQuote(word);
}

/** The command line for `parts`. */
export function renderCurl(parts: CurlParts, layout: CurlLayout): string {
  const quote = layout === 'lines' ? shellQuote : shellQuoteIfNeeded;
  const options: string[] = [];
  for (const header of parts.headers) options.push(`-H ${quote(`${header.name}: ${header.value}`)}`);
  if (parts.user !== undefined) options.push(`-u ${quote(parts.user)}`);
  if (parts.signing !== undefined) options.push(parts.signing.map((word, index) => (index === 0 ? word : quote(word))).join(' '));
  const body = parts.body;
  if (body?.kind === 'data') options.push(`${body.flag} ${quote(body.text)}`);
  if (body?.kind === 'file') options.push(`--data-binary ${quote(`@${body.path}`)}`);
  if (body?.kind === 'urlencoded') for (const field of body.fields) options.push(`--data-urlencode ${quote(field)}`);
  if (body?.kind === 'form') {
    for (const part of body.parts) {
      const type = part.mediaType !== undefined ? `;type=${part.mediaType}` : '';
      if (part.file !== undefined) options.push(`-F ${quote(`${part.name}=@${part.file}${type}`)}`);
      // --form-string keeps a value starting with @ or < from being read as a file name.
      else options.push(type === '' ? `--form-string ${quote(`${part.name}=${part.value ?? ''}`)}` : `-F ${quote(`${part.name}=${part.value ?? ''}${type}`)}`);
    }
  }
  if (parts.insecure === true) options.push('-k');
  if (parts.followRedirects === true) options.push('-L');
  const method = parts.explicitMethod ? `-X ${parts.method}` : undefined;
  if (layout === 'lines') return [['curl', method, quote(parts.url)].filter((w) => w !== undefined).join(' '), ...options].join(' \\\n  ');
  return ['curl', ...(method ? [method] : []), ...options, quote(parts.url)].join(' ');
}

/** The curl command for `request`: method, URL, headers in order, and the body as curl would send it. */
export function curlCommand(request: RequestDescription, options: CurlOptions = {}): string {
  const shown = redactForExport(request, options);
  const multipart = shown.body?.parts !== undefined;
  // curl -F writes its own multipart Content-Type, with the boundary it picks.
  const headers = shown.headers.filter((header) => !(multipart && header.name.toLowerCase() === 'content-type'));
  const body = shown.body;
  let curlBody: CurlBody | undefined;
  if (body?.parts !== undefined) {
    // A file picked in the app has no path curl could read: the command names the file for the person to point at.
    curlBody = { kind: 'form', parts: body.parts.map((part) => ({ name: part.name, ...(part.fileId !== undefined ? { file: part.filename ?? 'file' } : { value: part.value ?? '' }), ...(part.mediaType !== undefined ? { mediaType: part.mediaType } : {}) })) };
  } else if (body?.fileId !== undefined) {
    curlBody = { kind: 'file', path: 'file' };
  } else if (body !== undefined && body.text !== '') {
    curlBody = { kind: 'data', flag: '--data-binary', text: body.text };
  }
  const signed = curlSigning(shown.signing);
  return renderCurl(
    { method: shown.method, explicitMethod: true, url: shown.url, headers: [...headers, ...signed.headers], ...(curlBody ? { body: curlBody } : {}), ...(signed.user === undefined ? {} : { user: signed.user, signing: signed.flags }) },
    'lines',
  );
}

/** curl computes Digest and SigV4 itself from -u and its own flag (curl 7.75 and later for SigV4). */
export function curlSigning(signing: RequestSigning | undefined): { user?: string; flags?: string[]; headers: { name: string; value: string }[] } {
  if (signing === undefined) return { headers: [] };
  if (signing.kind === 'digest') return { user: `${signing.username}:${signing.password}`, flags: ['--digest'], headers: [] };
  return {
    user: `${signing.accessKey}:${signing.secretKey}`,
    flags: ['--aws-sigv4', `aws:amz:${signing.region}:${signing.service}`],
    headers: signing.sessionToken === undefined ? [] : [{ name: 'X-Amz-Security-Token', value: signing.sessionToken }],
  };
}
