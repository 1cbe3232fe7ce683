/**
 * The request of an exchange as the sent view shows it: masked as history stores it (the same
 * secrets, including the cookies the jar added and the answer set), its body cut past a size,
 * and each multipart part named rather than dumped.
 */
import { withCookieCredentials } from '../cookies/cookie-secrets';
import { credentialValues } from '../security/credential-values';
import { maskResponse, redactRequest, type HistoryRequest } from '../response/history-entry';
import type { BodyPart, HeaderEntry, RedirectHop, RequestDescription, ResponseSnapshot } from './request-model';
import type { WireHeader } from './wire-headers';

/** Characters of a body the sent view shows before it says how much it left out. */
export const SENT_BODY_VIEW_CHARS = 64 * 1024;
/** Characters of a multipart text part shown beside its name. */
export const SENT_PART_VIEW_CHARS = 200;

/** `request` as history records it beside `response`: credential headers and secret values masked, in multipart text parts too. */
export function sentRecord(request: RequestDescription, response?: Pick<ResponseSnapshot, 'jarCookies' | 'headers'>): HistoryRequest {
  return redactRequest(request, credentialValues(withCookieCredentials(request, response)));
}

/** What the sent view shows of one exchange, every part masked. */
export interface SentView {
  readonly request: HistoryRequest;
  readonly redirects: readonly RedirectHop[];
  /** Where the last hop went, and with which method (a 303 turns a POST into a GET without its body). */
  readonly finalUrl?: string;
  readonly finalMethod?: RequestDescription['method'];
  readonly wireHeaders?: readonly WireHeader[];
  readonly signedHeaders?: readonly HeaderEntry[];
}

type AnswerParts = Pick<ResponseSnapshot, 'url' | 'method' | 'headers' | 'body' | 'jarCookies' | 'redirects' | 'redirectNote' | 'bodyNote' | 'signedHeaders' | 'wireHeaders'>;

/**
 * The sent view of `request` and its answer: `recorded` when history already masked the request
 * (an entry reopened), else `request` masked here; the hops, last URL and headers of the answer
 * masked with the same secrets (a live answer's are not: only history's are).
 */
export function sentView(request: RequestDescription, response: AnswerParts | undefined, recorded?: HistoryRequest): SentView {
  const secrets = credentialValues(withCookieCredentials(request, response));
  const shown = recorded ?? sentRecord(request, response);
  if (response === undefined) return { request: shown, redirects: [] };
  const masked = maskResponse(response, secrets, request);
  return {
    request: shown,
    redirects: masked.redirects ?? [],
    finalUrl: masked.url,
    finalMethod: masked.method,
    ...(masked.wireHeaders === undefined ? {} : { wireHeaders: masked.wireHeaders }),
    ...(masked.signedHeaders === undefined ? {} : { signedHeaders: masked.signedHeaders }),
  };
}

/** A body text as shown: the beginning up to `maxChars`, and how many characters were left out. */
export interface BodyPreview {
  readonly text: string;
  readonly omittedChars: number;
}

/** The first `maxChars` characters of `text`; a surrogate pair at the cut is kept whole or left out whole. */
export function bodyPreview(text: string, maxChars: number = SENT_BODY_VIEW_CHARS): BodyPreview {
  if (text.length <= maxChars) return { text, omittedChars: 0 };
  // Cutting between the halves of a surrogate pair would show a broken character.
  const high = text.charCodeAt(maxChars - 1);
  const end = high >= 0xd800 && high <= 0xdbff ? maxChars - 1 : maxChars;
  return { text: text.slice(0, end), omittedChars: text.length - end };
}

/** One multipart part in a line: a file by its name and type, a text value cut short. */
export function partSummary(part: Pick<BodyPart, 'value' | 'fileId' | 'filename' | 'mediaType'>, maxChars: number = SENT_PART_VIEW_CHARS): string {
  if (part.fileId !== undefined) {
    const type = part.mediaType === undefined || part.mediaType === '' ? '' : ` (${part.mediaType})`;
    return `file ${part.filename ?? 'without a name'}${type}`;
  }
  const preview = bodyPreview(part.value ?? '', maxChars);
  return preview.omittedChars === 0 ? preview.text : `${preview.text}… (${preview.omittedChars} more characters)`;
}
