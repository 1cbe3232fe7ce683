/** Reads an OpenAPI document's text from a file, a URL or pasted text, with size and time limits. */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import axios from 'axios';
import type { SpecOrigin } from '../../../shared/model/api-model';
import { networkErrorMessage } from '../../../shared/request/network-error-message';
import { UserFacingError } from '../app-error';
import { errorCode } from '../../../shared/values/error-code';

export type SpecSource =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'text'; readonly text: string; readonly name: string };

export interface SpecText {
  readonly text: string;
  readonly origin: SpecOrigin;
  /** Where relative `$ref`s resolve from: an absolute file path or URL; undefined for pasted text. */
  readonly base?: string;
}

const SPEC_FILE_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);
const FETCH_TIMEOUT_MS = 30_000;

/** The default cap on a document's size, referenced files included. */
export const DEFAULT_MAX_SPEC_BYTES = 50 * 1024 * 1024;

export interface ReadLimits {
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
}

function tooLarge(what: string, bytes: number, maxBytes: number): UserFacingError {
  return new UserFacingError('spec-too-large', `${what} is ${megabytes(bytes)}; the size limit is ${megabytes(maxBytes)}. Raise the limit if you trust this document.`);
}

/** Returns the document's text and where it came from, or throws a UserFacingError. */
export async function readSpecSource(source: SpecSource, limits: ReadLimits = { maxBytes: DEFAULT_MAX_SPEC_BYTES }): Promise<SpecText> {
  const maxBytes = limits.maxBytes;
  switch (source.kind) {
    case 'text':
      if (source.text.length > maxBytes) throw tooLarge(`The pasted document "${source.name}"`, source.text.length, maxBytes);
      return { text: source.text, origin: { kind: 'text', location: source.name } };
    case 'file':
      return readSpecFile(source.path, maxBytes);
    case 'url':
      return fetchSpec(source.url, maxBytes, limits.signal);
  }
}

async function readSpecFile(filePath: string, maxBytes: number): Promise<SpecText> {
  const absolute = path.resolve(filePath);
  // The renderer is not trusted to read arbitrary files: only documents by their extension.
  if (!SPEC_FILE_EXTENSIONS.has(path.extname(absolute).toLowerCase())) {
    throw new UserFacingError('spec-file-type', `${absolute} is not an OpenAPI document: open a .json, .yaml or .yml file.`);
  }
  let size: number;
  try {
    size = (await fsp.stat(absolute)).size;
  } catch (error) {
    throw new UserFacingError('spec-file-unreadable', `Could not open ${absolute} (${describeFsError(error)}). Check the path and try again.`);
  }
  if (size > maxBytes) throw tooLarge(absolute, size, maxBytes);
  let text: string;
  try {
    text = await fsp.readFile(absolute, 'utf8');
  } catch (error) {
    // A folder, or a file that may be listed but not read: the same failure as one that is gone.
    throw new UserFacingError('spec-file-unreadable', `Could not open ${absolute} (${describeFsError(error)}). Check the path and try again.`);
  }
  return { text, origin: { kind: 'file', location: absolute }, base: absolute };
}

async function fetchSpec(rawUrl: string, maxBytes: number, signal: AbortSignal | undefined): Promise<SpecText> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new UserFacingError('invalid-url', `"${rawUrl}" is not a URL. Type a full address such as http://127.0.0.1:8000/openapi.json.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserFacingError('invalid-url', `${url.href} is not an http(s) URL: Roundtrip loads documents over http and https only.`);
  }
  try {
    const response = await axios.get<string>(url.href, {
      responseType: 'text',
      transformResponse: (data: string) => data,
      timeout: FETCH_TIMEOUT_MS,
      signal: signal === undefined ? AbortSignal.timeout(FETCH_TIMEOUT_MS) : AbortSignal.any([signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]),
      maxContentLength: maxBytes,
      maxRedirects: 5,
      headers: { Accept: 'application/json, application/yaml, text/yaml, */*;q=0.5' },
      validateStatus: () => true,
    });
    if (response.status < 200 || response.status >= 300) {
      throw new UserFacingError('spec-http-status', `${url.href} answered ${response.status} ${response.statusText}: no OpenAPI document there. Check the address.`);
    }
    return { text: response.data, origin: { kind: 'url', location: url.href }, base: url.href };
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    if (signal?.aborted === true) throw new UserFacingError('spec-cancelled', `Loading ${url.href} was cancelled.`);
    if (error instanceof Error && error.message.includes('maxContentLength')) {
      throw new UserFacingError('spec-too-large', `${url.href} is larger than the size limit of ${megabytes(maxBytes)}. Raise the limit if you trust this document.`);
    }
    const described = networkErrorMessage(error, url.href, FETCH_TIMEOUT_MS);
    throw new UserFacingError(described.code, described.message);
  }
}

function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? 'unreadable';
}
