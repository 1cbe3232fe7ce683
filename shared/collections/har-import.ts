/**
 * Reads a HAR 1.2 file (what browsers' developer tools and proxies save) into a Roundtrip
 * collection: one request per entry, in a folder per page when the log has several pages.
 * The recorded responses, timings and cookies lists are not requests and do not come across.
 */
import { newCollection, newFolder, newSavedRequest, type TreeItem } from './collection-tree';
import type { Body, KeyValue, SavedRequest } from './format-v1';
import { finishImport } from './finish-import';
import type { ImportOutcome } from './import-outcome';
import { arrayField, methodOf, stringField, withContentType } from './import-parts';
import { asRecord } from '../values/is-record';
import { formFields } from '../request/form-fields';

/** Headers the client computes for each send (and HTTP/2 pseudo-headers): copying them would only be wrong later. */
const COMPUTED_HEADERS = /^(:.*|content-length|host|connection|transfer-encoding)$/i;

/** True when `doc` looks like a HAR file (log.entries). */
export function isHar(doc: unknown): boolean {
  const log = asRecord(asRecord(doc)?.['log']);
  return log !== undefined && Array.isArray(log['entries']);
}

/** Converts a parsed HAR file; `fallbackName` names the collection (the file's name). */
export function fromHar(doc: unknown, fallbackName = 'HAR import'): ImportOutcome {
  if (!isHar(doc)) return { ok: false, message: 'This is not a HAR file: expected an object with "log" and a "log.entries" list (HAR 1.2). Save it from the browser\'s Network panel with "Save all as HAR" and try again.' };
  const log = asRecord(asRecord(doc)?.['log']) ?? {};
  const dropped: string[] = [];
  const entries = arrayField(log, 'entries');
  const requests = entries.map((entry, index) => ({ page: stringField(entry, 'pageref'), request: requestOf(asRecord(asRecord(entry)?.['request']), index, dropped) }));
  const pages = arrayField(log, 'pages').map((p) => ({ id: stringField(p, 'id') ?? '', title: stringField(p, 'title') || stringField(p, 'id') || 'Page' }));
  let items: TreeItem[];
  if (pages.length > 1) {
    items = pages.map((page) => ({ kind: 'folder' as const, folder: newFolder(page.title), items: requests.filter((r) => r.page === page.id).map((r) => ({ kind: 'request' as const, request: r.request })) }));
    const known = new Set(pages.map((p) => p.id));
    items.push(...requests.filter((r) => r.page === undefined || !known.has(r.page)).map((r) => ({ kind: 'request' as const, request: r.request })));
  } else {
    items = requests.map((r) => ({ kind: 'request' as const, request: r.request }));
  }
  const cookies = entries.reduce<number>((sum, e) => sum + arrayField(asRecord(e)?.['request'], 'cookies').length, 0);
  if (cookies > 0) dropped.push(`The recorded cookies lists (${cookies} cookie${cookies === 1 ? '' : 's'}) were left out; a request that sent a Cookie header keeps it.`);
  if (entries.some((e) => asRecord(e)?.['response'] !== undefined)) dropped.push('The recorded responses and timings were left out (a collection keeps requests; send them again to see answers).');
  return { ok: true, tree: finishImport({ collection: newCollection(fallbackName), items }), warnings: dropped };
}

function requestOf(request: Record<string, unknown> | undefined, index: number, dropped: string[]): SavedRequest {
  const url = stringField(request, 'url') ?? '';
  const name = nameOf(stringField(request, 'method') ?? 'GET', url, index);
  const where = `Request "${name}"`;
  const method = methodOf(stringField(request, 'method'), where, dropped);
  const all = arrayField(request, 'headers').map((h) => ({ name: stringField(h, 'name') ?? '', value: stringField(h, 'value') ?? '' }));
  const headers: KeyValue[] = all.filter((h) => h.name !== '' && !COMPUTED_HEADERS.test(h.name));
  const fixed = withContentType(headers, bodyOf(asRecord(request?.['postData']), where, dropped));
  return newSavedRequest({ name, method, url, headers: fixed.headers, body: fixed.body });
}

function bodyOf(postData: Record<string, unknown> | undefined, where: string, dropped: string[]): Body {
  if (postData === undefined) return { mode: 'none' };
  const mimeType = (stringField(postData, 'mimeType') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const params = arrayField(postData, 'params');
  const text = stringField(postData, 'text') ?? '';
  if (mimeType === 'application/x-www-form-urlencoded' && (text !== '' || params.length > 0)) {
    // The text is the body as sent (percent-encoded, + for spaces); params, when alone, hold the plain names and values.
    const fields = text !== '' ? formFields(text) : params.map((p) => ({ name: stringField(p, 'name') ?? '', value: stringField(p, 'value') ?? '' }));
    return { mode: 'urlencoded', fields };
  }
  if (params.length > 0 && mimeType === 'multipart/form-data') {
    return {
      mode: 'form-data',
      parts: params.map((p) => {
        const fileName = stringField(p, 'fileName');
        const contentType = stringField(p, 'contentType');
        if (fileName !== undefined) dropped.push(`${where}: the file "${fileName}" of the form field "${stringField(p, 'name') ?? ''}" was not recorded in the HAR; pick it again before sending.`);
        return { name: stringField(p, 'name') ?? '', ...(fileName === undefined ? { value: stringField(p, 'value') ?? '' } : { file: fileName }), ...(contentType ? { mediaType: contentType } : {}) };
      }),
    };
  }
  if (text === '' && params.length === 0) return { mode: 'none' };
  // The full media type (with its charset or boundary) goes with a raw body, as recorded.
  return { mode: 'raw', mediaType: stringField(postData, 'mimeType') || 'text/plain', text };
}

/** "GET /items/1" from the method and the URL's path; the entry's place when the URL does not parse. */
function nameOf(method: string, url: string, index: number): string {
  const path = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1];
  return path === undefined ? `Request ${index + 1}` : `${method.toUpperCase()} ${path || '/'}`;
}
