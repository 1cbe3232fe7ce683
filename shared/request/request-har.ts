/**
 * A request as a HAR 1.2 request entry: the input of the code generators (httpsnippet), which
 * write the same method, URL, headers and body in each language.
 */
import { formFields } from './form-fields';
import type { RequestDescription } from './request-model';

export interface HarRequest {
  readonly method: string;
  readonly url: string;
  readonly httpVersion: string;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  readonly queryString: readonly { readonly name: string; readonly value: string }[];
  readonly cookies: readonly { readonly name: string; readonly value: string }[];
  readonly headersSize: number;
  readonly bodySize: number;
  readonly postData?: {
    readonly mimeType: string;
    readonly text?: string;
    readonly params?: readonly { readonly name: string; readonly value?: string; readonly fileName?: string; readonly contentType?: string }[];
  };
}

/** The HAR request for `request`; a staged file (whose bytes live in the app) is named by its file name. */
export function requestHar(request: RequestDescription): HarRequest {
  const body = request.body;
  const contentType = request.headers.find((header) => header.name.toLowerCase() === 'content-type')?.value ?? body?.mediaType;
  // The generators read the media type without parameters ("application/json", not "...; charset=utf-8").
  const mimeType = (contentType ?? 'application/octet-stream').split(';')[0]?.trim().toLowerCase() || 'application/octet-stream';
  let postData: HarRequest['postData'];
  if (body?.parts !== undefined) {
    postData = {
      mimeType: 'multipart/form-data',
      params: body.parts.map((part) => (part.fileId !== undefined ? { name: part.name, fileName: part.filename ?? 'file', ...(part.mediaType ? { contentType: part.mediaType } : {}) } : { name: part.name, value: part.value ?? '', ...(part.mediaType ? { contentType: part.mediaType } : {}) })),
    };
  } else if (body?.fileId !== undefined) {
    postData = { mimeType, text: '' };
  } else if (body !== undefined && mimeType === 'application/x-www-form-urlencoded') {
    postData = { mimeType, params: formFields(body.text) };
  } else if (body !== undefined) {
    postData = { mimeType, text: body.text };
  }
  return {
    method: request.method,
    url: request.url,
    httpVersion: 'HTTP/1.1',
    // multipart's boundary is the generated code's own to pick.
    headers: request.headers.filter((header) => !(body?.parts !== undefined && header.name.toLowerCase() === 'content-type')).map(({ name, value }) => ({ name, value })),
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: -1,
    ...(postData === undefined ? {} : { postData }),
  };
}
