/**
 * Copy as code: the exact request written in another language by @readme/httpsnippet. It runs
 * here rather than in the window, as it needs Node's `url` module.
 */
import { HTTPSnippet, type HarRequest as SnippetHar } from '@readme/httpsnippet';
import { signingLabel } from '../../../shared/auth/request-signing';
import { requestHar } from '../../../shared/request/request-har';
import type { RequestDescription } from '../../../shared/request/request-model';
import { SNIPPET_LANGUAGES, type SnippetLanguage } from '../../../shared/request/snippet-languages';
import { UserFacingError } from '../app-error';

export interface CodeSnippet {
  readonly code: string;
  /** What the code leaves to the reader: the signing the app does at send time. */
  readonly note?: string;
}

/** `request` as code in `language` (the request as the export should show it: redact it first). */
export function codeSnippet(request: RequestDescription, language: SnippetLanguage): CodeSnippet {
  const chosen = SNIPPET_LANGUAGES.find((l) => l.id === language);
  if (chosen === undefined) throw new UserFacingError('invalid-input', `There is no code generator for "${language}". Pick one of: ${SNIPPET_LANGUAGES.map((l) => l.label).join(', ')}.`);
  let converted: ReturnType<HTTPSnippet['convert']>;
  try {
    converted = new HTTPSnippet(requestHar(request) as unknown as SnippetHar).convert(chosen.target, chosen.client);
  } catch (error) {
    throw new UserFacingError('internal', `Could not write ${request.method} ${request.url} as ${chosen.label} (${(error as Error).message}). Copy it as curl instead.`);
  }
  const code = (Array.isArray(converted) ? converted.filter((part): part is string => typeof part === 'string').join('\n\n') : converted) || '';
  const fixed = chosen.id === 'httpie' ? exactStdin(code) : code;
  return request.signing === undefined ? { code: fixed } : { code: fixed, note: `${signingLabel(request.signing)} is applied by Roundtrip when it sends; this code sends the request without it (curl can: copy as curl).` };
}

// echo adds a newline the request never had; printf '%s' pipes the body's exact bytes.
function exactStdin(code: string): string {
  return code.startsWith('echo ') ? `printf '%s' ${code.slice('echo '.length)}` : code;
}
