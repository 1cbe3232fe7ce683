/** Decides how a response body crosses to the renderer: as text, or as a binary preview. */
import type { ResponseBody } from '../../../shared/request/request-model';

/** Text beyond this is cut for display; it matches the default memory cap of read-body. */
export const MAX_TEXT_CHARS = 50 * 1024 * 1024;
const BINARY_PREVIEW_BYTES = 64 * 1024;
// An image is shown whole, so it crosses whole up to this size.
const IMAGE_PREVIEW_BYTES = 10 * 1024 * 1024;

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|ecmascript|x-www-form-urlencoded|graphql|yaml|x-yaml|problem\+json|problem\+xml)|[a-z]+\/[a-z0-9.+-]*\+(json|xml|yaml))/i;

/** Returns the body as the renderer should show it. */
export function toResponseBody(bytes: Buffer, contentType: string | undefined): ResponseBody {
  if (bytes.length === 0) return { kind: 'empty' };
  if (isTextual(bytes, contentType)) {
    const text = bytes.toString('utf8');
    return text.length > MAX_TEXT_CHARS
      ? { kind: 'text', text: text.slice(0, MAX_TEXT_CHARS), truncated: true }
      : { kind: 'text', text, truncated: false };
  }
  const limit = /^\s*image\//i.test(contentType ?? '') ? IMAGE_PREVIEW_BYTES : BINARY_PREVIEW_BYTES;
  return {
    kind: 'binary',
    base64Preview: bytes.subarray(0, limit).toString('base64'),
    truncated: bytes.length > limit,
  };
}

function isTextual(bytes: Buffer, contentType: string | undefined): boolean {
  if (contentType) return TEXT_TYPES.test(contentType.trim());
  // No declared type: treat it as text when the first bytes hold no NUL.
  return !bytes.subarray(0, 1024).includes(0);
}
