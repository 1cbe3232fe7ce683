/**
 * The only way a document's external `$ref`s reach disk or network. A spec is untrusted input:
 * a document from a URL may not read local files, a local document may read only inside its own
 * folder tree (real path checked, so `../` and symlinks out are refused), and refs to hosts other
 * than the document's own are refused unless the user allowed them. Every file read counts
 * toward the size cap, and every file is parsed with the same alias and depth limits as the root.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import type { ErrorCode } from '../../../shared/ipc/result';
import type { Problem, SpecOrigin } from '../../../shared/model/api-model';
import { UserFacingError } from '../app-error';
import { parseSpecText } from './parse-spec-text';

export interface RefPolicy {
  readonly origin: SpecOrigin;
  /** The document's absolute file path or URL; undefined for pasted text. */
  readonly base: string | undefined;
  /** Hosts ("api.example.com" or "api.example.com:8443", or "*") refs may reach besides the document's own. */
  readonly allowRefHosts: readonly string[];
  /** Bytes left for referenced files once the root document is counted. */
  readonly remainingBytes: number;
  readonly signal?: AbortSignal;
}

interface FileInfo {
  readonly url: string;
  readonly data?: unknown;
}

const HTTP_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function inside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function toFilePath(url: string): string {
  if (/^file:/i.test(url)) return fileURLToPath(url);
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Builds swagger-parser `resolve` and `parse` options that enforce `policy`. */
export function guardedRefOptions(policy: RefPolicy): { resolve: object; parse: object; refused: () => UserFacingError | undefined; missing: Problem[] } {
  let remaining = policy.remainingBytes;
  let refusal: UserFacingError | undefined;
  const missing: Problem[] = [];
  // A ref to a file that does not exist is the document's bug, not an attack: open the rest and say so.
  const placeholder = (target: string, why: string): Buffer => {
    missing.push({ severity: 'warning', message: `The $ref to ${target} could not be read (${why}); it is shown as an empty schema. Fix the $ref or add the file.` });
    return Buffer.from(JSON.stringify({ description: `Missing: ${target} (${why})` }));
  };
  const refuse = (code: ErrorCode, message: string): never => {
    refusal ??= new UserFacingError(code, message);
    throw refusal;
  };
  const where = policy.origin.location;
  const docUrl = policy.origin.kind === 'url' && policy.base !== undefined ? new URL(policy.base) : undefined;
  const allowed = new Set(policy.allowRefHosts.map((host) => host.toLowerCase()));
  const fileRoot = policy.origin.kind === 'file' && policy.base !== undefined ? path.dirname(path.resolve(policy.base)) : undefined;
  let realRoot: Promise<string> | undefined;

  const count = (bytes: number, ref: string): void => {
    remaining -= bytes;
    if (remaining < 0) {
      refuse('spec-too-large', `${where} with its referenced files is larger than the size limit (reached while reading ${ref}). Raise the limit if you trust this document.`);
    }
  };

  const readFileRef = async (url: string): Promise<Buffer> => {
    if (fileRoot === undefined) {
      const kind = policy.origin.kind === 'url' ? 'loaded from a URL' : 'pasted as text';
      return refuse('spec-ref-refused', `${where} has a $ref to the local file ${url}; a document ${kind} may not read local files. Open the document from its folder instead.`);
    }
    const target = path.resolve(toFilePath(url));
    // The lexical check first, so nothing outside the folder is even looked at.
    if (!inside(fileRoot, target)) {
      return refuse('spec-ref-refused', `${where} has a $ref to ${target}, outside the document's folder ${fileRoot}; Roundtrip reads referenced files only inside that folder. Move the file into the folder.`);
    }
    realRoot ??= fsp.realpath(fileRoot);
    let real: string;
    try {
      real = await fsp.realpath(target);
    } catch {
      return placeholder(target, 'no such file');
    }
    if (!inside(await realRoot, real)) {
      return refuse('spec-ref-refused', `${where} has a $ref to ${target}, a link that leads outside the document's folder (to ${real}); Roundtrip does not follow it. Copy the file into the folder.`);
    }
    const size = (await fsp.stat(real)).size;
    count(size, target);
    return fsp.readFile(real);
  };

  const hostAllowed = (url: URL): boolean => {
    if (allowed.has('*') || allowed.has(url.host.toLowerCase()) || allowed.has(url.hostname.toLowerCase())) return true;
    return docUrl !== undefined && url.protocol === docUrl.protocol && url.host === docUrl.host;
  };

  const readHttpRef = async (raw: string): Promise<Buffer> => {
    let url = new URL(raw);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      if (!hostAllowed(url)) {
        const own = docUrl === undefined ? 'this document was not loaded from a URL' : `this document comes from ${docUrl.host}`;
        return refuse('spec-ref-refused', `${where} has a $ref to ${url.href}, on another host (${url.host}), and ${own}. Refs to other hosts are refused unless you allow that host.`);
      }
      const response = await axios.get<ArrayBuffer>(url.href, {
        responseType: 'arraybuffer',
        timeout: HTTP_TIMEOUT_MS,
        maxRedirects: 0,
        maxContentLength: Math.max(remaining, 0),
        validateStatus: () => true,
        ...(policy.signal === undefined ? {} : { signal: policy.signal }),
      }).catch((error: unknown) => refuse('spec-refs', `${where} has a $ref to ${url.href} that could not be fetched (${error instanceof Error ? error.message : String(error)}).`));
      const location = response.headers['location'];
      if (response.status >= 300 && response.status < 400 && typeof location === 'string') {
        url = new URL(location, url);
        continue;
      }
      if (response.status < 200 || response.status >= 300) return placeholder(url.href, `it answered ${response.status}`);
      const body = Buffer.from(response.data);
      count(body.length, url.href);
      return body;
    }
    return refuse('spec-refs', `${where} has a $ref to ${raw} that redirects more than ${MAX_REDIRECTS} times.`);
  };

  const guard = {
    order: 1,
    canRead: true,
    read: (file: FileInfo): Promise<Buffer> => {
      if (policy.signal?.aborted) return Promise.reject(new UserFacingError('spec-cancelled', `Loading ${where} was cancelled.`));
      return isHttpUrl(file.url) ? readHttpRef(file.url) : readFileRef(file.url);
    },
  };
  const parser = {
    order: 1,
    canParse: true,
    parse: (file: FileInfo): unknown => {
      const data = file.data;
      const text = Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
      return parseSpecText(text, file.url);
    },
  };
  return {
    resolve: { file: false, http: false, guard, external: true },
    parse: { json: false, yaml: false, text: false, binary: false, guarded: parser },
    refused: () => refusal,
    missing,
  };
}
