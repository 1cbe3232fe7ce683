import { describe, expect, it } from 'vitest';
import { failuresCollection } from '../../../../shared/verify/failures-collection';
import type { VerifyReport } from '../../../../shared/verify/verify-report';
import { verifyJunit, verifyText } from '../../../../shared/verify/verify-text-report';

const report: VerifyReport = {
  target: 'http://127.0.0.1:8000',
  seed: 4,
  summary: { operations: 1, requests: 9, failed: 1, durationMs: 1234 },
  operations: [
    {
      method: 'DELETE',
      path: '/books/{book_id}',
      checks: [
        { name: 'use-after-delete', status: 'failed', reason: 'After a 204 DELETE, the resource still reads 200 (expected 404 or 410).' },
        { name: 'auth-required', status: 'skipped', reason: 'The operation requires no credentials & "none" <at all>.' },
        { name: 'no-server-error', status: 'passed' },
      ],
    },
  ],
  findings: [
    {
      method: 'DELETE',
      path: '/books/{book_id}',
      check: 'use-after-delete',
      message: 'After a 204 DELETE, the resource still reads 200 (expected 404 or 410).',
      evidence: {
        requests: [
          { step: 'DELETE', request: { method: 'DELETE', url: 'http://127.0.0.1:8000/books/3', headers: [{ name: 'Accept', value: 'application/json' }] }, response: { status: 204, headers: [] } },
          { step: 'GET after DELETE', request: { method: 'GET', url: 'http://127.0.0.1:8000/books/3', headers: [] }, response: { status: 200, headers: [], body: '{}' } },
        ],
      },
      curl: "curl -X GET 'http://127.0.0.1:8000/books/3'",
    },
  ],
};

describe('verify-text-report', () => {
  it('writes each finding with its exchanges, its curl and the summary', () => {
    const text = verifyText(report);
    expect(text).toContain('✗ DELETE /books/{book_id}  1 passed, 1 failed, 1 skipped');
    expect(text).toContain('   - GET after DELETE: GET http://127.0.0.1:8000/books/3 -> 200');
    expect(text).toContain("     curl -X GET 'http://127.0.0.1:8000/books/3'");
    expect(text).toContain('1 operations, 9 requests, 1 finding in 1.2 s (seed 4).');
  });

  it('writes one JUnit testcase per operation and check, escaped', () => {
    const xml = verifyJunit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('<skipped message="The operation requires no credentials &amp; &quot;none&quot; &lt;at all&gt;."/>');
    expect(xml).toContain('<testsuites name="roundtrip verify http://127.0.0.1:8000" tests="3" failures="1" time="1.234">');
  });

  it('turns each finding into a saved request with the assertions that failed', () => {
    const tree = failuresCollection('books findings', report.findings, 'openapi.json');
    expect(tree.collection).toMatchObject({ name: 'books findings', spec: { source: 'openapi.json' } });
    const item = tree.items[0];
    expect(item?.kind === 'request' ? item.request : undefined).toMatchObject({ name: '01 use-after-delete DELETE /books/{book_id}', method: 'DELETE', url: 'http://127.0.0.1:8000/books/3', assertions: [{ type: 'status-range', min: 404, max: 410 }], operation: { key: 'DELETE /books/{book_id}' } });
  });

  it('saves the operation\'s own request, not the read of its collection made after it', () => {
    const read = (url: string) => ({ step: 'read', request: { method: 'GET', url, headers: [] }, response: { status: 200, headers: [], body: '[]' } });
    const finding = {
      method: 'GET',
      path: '/books/{book_id}',
      check: 'safe-method-unchanged',
      message: 'GET /books/{book_id} changed the state.',
      evidence: { requests: [read('http://127.0.0.1:8000/books'), read('http://127.0.0.1:8000/books/3?x=1'), read('http://127.0.0.1:8000/books')] },
      curl: '',
    };
    const tree = failuresCollection('findings', [finding]);
    const item = tree.items[0];
    expect(item?.kind === 'request' ? item.request.url : undefined).toBe('http://127.0.0.1:8000/books/3?x=1');
  });
});
