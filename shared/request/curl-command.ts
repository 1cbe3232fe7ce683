/** A request as the curl command that sends the same thing, for a terminal or a bug report. */
import type { RequestDescription } from './request-model';

export interface CurlOptions {
  /** Values to show as <redacted> wherever they appear (secrets from auth and environments). */
  readonly secrets?: readonly string[];
  /** Also redact every Authorization, Cookie and *-Key/*-Token header, whatever its value. */
  readonly redactCredentialHeaders?: boolean;
}

const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key|api-key|.*[-_](key|token|secret))$/i;

/** Single-quotes for POSIX shells: a quote inside becomes '\'' so nothing is expanded. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a secret that contains another is hidden whole.
  for (const secret of [...secrets].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length)) out = out.split(secret).join('<redacted>');
  return out;
}

// Roundtrip sends the URL as WHATWG URL serializes it (a ' in the query becomes %27); curl sends it
// as given, so the command carries the serialized form to put the same bytes on the wire.
function sentUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** The curl command for `request`: method, URL, headers in order, and the body as curl would send it. */
export function curlCommand(request: RequestDescription, options: CurlOptions = {}): string {
  const secrets = options.secrets ?? [];
  const lines = [`curl -X ${request.method} ${shellQuote(redact(sentUrl(request.url), secrets))}`];
  const multipart = request.body?.parts !== undefined;
  for (const header of request.headers) {
    // curl -F writes its own multipart Content-Type, with the boundary it picks.
    if (multipart && header.name.toLowerCase() === 'content-type') continue;
    const value = options.redactCredentialHeaders === true && CREDENTIAL_HEADER.test(header.name) ? '<redacted>' : redact(header.value, secrets);
    lines.push(`-H ${shellQuote(`${header.name}: ${value}`)}`);
  }
  const body = request.body;
  if (body?.parts !== undefined) {
    for (const part of body.parts) {
      if (part.fileId !== undefined) {
        // The file was picked in the app; curl needs its path, so the command names the file for the person to point at.
        const type = part.mediaType !== undefined ? `;type=${part.mediaType}` : '';
        lines.push(`-F ${shellQuote(`${part.name}=@${part.filename ?? 'file'}${type}`)}`);
      } else {
        const type = part.mediaType !== undefined ? `;type=${part.mediaType}` : '';
        // --form-string keeps a value starting with @ or < from being read as a file name.
        lines.push(type === '' ? `--form-string ${shellQuote(`${part.name}=${redact(part.value ?? '', secrets)}`)}` : `-F ${shellQuote(`${part.name}=${redact(part.value ?? '', secrets)}${type}`)}`);
      }
    }
  } else if (body?.fileId !== undefined) {
    lines.push(`--data-binary @file`);
  } else if (body !== undefined && body.text !== '') {
    lines.push(`--data-binary ${shellQuote(redact(body.text, secrets))}`);
  }
  return lines.join(' \\\n  ');
}
