/**
 * Findings as a collection: one saved request per finding (the request that showed it), with
 * the assertions that failed, so each bug found becomes a regression test `roundtrip run` checks.
 */
import { newCollection, newSavedRequest, type CollectionTree } from '../collections/collection-tree';
import { escapeRegExp } from '../text/escape-reg-exp';
import type { SavedRequest } from '../collections/format-v1';
import type { Assertion } from '../runner/assertion-model';
import type { Finding } from './verify-report';

/**
 * The 4xx statuses that refuse a request for what it carries (RFC 9110, and 422 of RFC 4918); not 401, 403
 * or 407, which are about credentials, nor 429, about the rate.
 */
const INPUT_REFUSALS = [400, 404, 405, 406, 409, 410, 411, 412, 413, 414, 415, 416, 417, 422, 428, 431] as const;

/** The assertions a regression test of `finding` carries: what the failing check expected of the answer. */
export function findingAssertions(finding: Finding): Assertion[] {
  switch (finding.check) {
    case 'no-server-error':
      return [{ type: 'status-range', min: 100, max: 499 }];
    case 'status-conformance':
    case 'content-type-conformance':
    case 'response-schema-conformance':
    case 'response-headers-conformance':
      return [{ type: 'conforms' }];
    case 'valid-inputs-accepted':
    case 'auth-accepted':
      return [{ type: 'status-range', min: 200, max: 399 }];
    case 'invalid-inputs-rejected':
      // Refused for the input, not for the credentials or the rate: a wrong token's 401 must not make the bug look fixed.
      return [{ type: 'status-in', codes: [...INPUT_REFUSALS], label: 'the input is refused, not the credentials or the rate' }];
    case 'auth-required':
    case 'auth-wrong-rejected':
      return [{ type: 'status-range', min: 401, max: 403 }];
    case 'use-after-delete':
      return [{ type: 'status-range', min: 404, max: 410 }];
    case 'created-readable':
      return [{ type: 'status-range', min: 200, max: 299 }];
    case 'key-conflict':
      return [{ type: 'status', equals: 422 }];
    case 'key-required':
      return [{ type: 'status', equals: 400 }];
    default:
      // State checks (safe method, repeats, keyed replays) send twice and compare: the idempotency check.
      return finding.method === 'GET' || finding.method === 'HEAD' ? [{ type: 'status-range', min: 200, max: 299 }] : [{ type: 'idempotent' }];
  }
}

/** The failing request of a finding as a saved request. */
export function findingRequest(finding: Finding, index: number): SavedRequest {
  // The operation's own request, not a read of its collection made for comparison (a GET /books after GET /books/3).
  const latest = [...finding.evidence.requests].reverse();
  const failing =
    latest.find((each) => each.request.method === finding.method && urlMatchesPath(each.request.url, finding.path)) ??
    latest.find((each) => each.request.method === finding.method) ??
    finding.evidence.requests.at(-1);
  const request = failing?.request ?? { method: finding.method, url: '', headers: [] };
  const contentType = request.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  const headers = request.headers.filter((h) => !/^(content-length|user-agent|accept-encoding)$/i.test(h.name)).map((h) => ({ name: h.name, value: h.value }));
  return newSavedRequest({
    name: `${String(index + 1).padStart(2, '0')} ${finding.check} ${finding.method} ${finding.path}`,
    method: request.method as SavedRequest['method'],
    url: request.url,
    headers,
    body: request.body === undefined ? { mode: 'none' } : { mode: 'raw', mediaType: contentType ?? 'application/json', text: request.body },
    description: `Found by roundtrip verify: ${finding.message}`,
    operation: { key: `${finding.method} ${finding.path}` },
    assertions: findingAssertions(finding),
  });
}

/** True when the URL's path ends as the document's path template does ("/books/{book_id}" matches ".../books/3"). */
function urlMatchesPath(url: string, template: string): boolean {
  const pathname = url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '');
  const pattern = template.split(/\{[^{}]*\}/).map(escapeRegExp).join('[^/]+');
  return new RegExp(`${pattern}/?$`).test(pathname);
}

/** A collection holding one request per finding, linked to the document verified. */
export function failuresCollection(name: string, findings: readonly Finding[], spec?: string): CollectionTree {
  return {
    collection: newCollection(name, { description: 'Regression tests written by roundtrip verify --save-failures.', ...(spec === undefined ? {} : { spec: { source: spec } }) }),
    items: findings.map((finding, i) => ({ kind: 'request' as const, request: findingRequest(finding, i) })),
  };
}
