import { describe, expect, it } from 'vitest';
import { NETWORK_ERROR_CODES, SPEC_ERROR_CODES } from '../../../../shared/ipc/result';
import { brokenSpecMessage, specFailureKind, unreadableSpecLine, unreadableSpecNotice, unreadableSpecReason, type SpecFailure } from '../../../../shared/runner/run-spec-failure';

/**
 * Every code the spec loader can fail with (its own and the network's), and what a run makes of it.
 * A code added to either list fails the first test until it is placed here on purpose.
 */
const EXPECTED: Readonly<Record<(typeof SPEC_ERROR_CODES)[number] | (typeof NETWORK_ERROR_CODES)[number], SpecFailure>> = {
  // The network or the file system said no: the document may be fine, the run goes on.
  'connection-refused': 'unreadable',
  'connection-reset': 'unreadable',
  'dns-failed': 'unreadable',
  unreachable: 'unreadable',
  timeout: 'unreadable',
  network: 'unreadable',
  'tls-certificate': 'unreadable',
  'too-many-redirects': 'unreadable',
  'spec-http-status': 'unreadable',
  'spec-file-unreadable': 'unreadable',
  // The link names no address, or the document was read and cannot be used: the run must not hide it.
  'invalid-url': 'broken',
  'response-too-large': 'broken',
  'client-certificate': 'broken',
  'spec-cancelled': 'broken',
  'spec-empty': 'broken',
  'spec-file-type': 'broken',
  'spec-not-openapi': 'broken',
  'spec-operation-unavailable': 'broken',
  'spec-ref-refused': 'broken',
  'spec-refs': 'broken',
  'spec-syntax': 'broken',
  'spec-too-deep': 'broken',
  'spec-invalid': 'broken',
  'spec-too-large': 'broken',
  'spec-unsupported-version': 'broken',
  'spec-unusable': 'broken',
};

describe('run-spec-failure', () => {
  it('classifies every code the spec loader can fail with', () => {
    const codes = [...SPEC_ERROR_CODES, ...NETWORK_ERROR_CODES];
    expect(Object.keys(EXPECTED).sort()).toEqual([...new Set(codes)].sort());
    expect(Object.fromEntries(codes.map((code) => [code, specFailureKind(code)]))).toEqual(EXPECTED);
  });

  it('counts a code it does not know as broken, never as unreadable', () => {
    for (const code of ['spec-something-new', 'internal', 'ENOENT', '', 'unknown']) expect(specFailureKind(code)).toBe('broken');
  });

  it('tells a spec served by a server to start it, and a spec file to put it back', () => {
    const byUrl = unreadableSpecNotice('http://127.0.0.1:8000/openapi.json', 'Could not reach http://127.0.0.1:8000/openapi.json (connection refused). Is the server running?');
    expect(byUrl.action).toBe('Start the server that serves http://127.0.0.1:8000/openapi.json (or correct "spec.source" in the collection\'s collection.json), then run again.');
    const byFile = unreadableSpecNotice('specs/openapi.yaml', 'Could not open /c/specs/openapi.yaml (no such file)');
    expect(byFile.why).toBe('Could not open /c/specs/openapi.yaml (no such file).');
    expect(byFile.action).toBe('Put the file back at specs/openapi.yaml (or correct "spec.source" in the collection\'s collection.json), then run again.');
  });

  it('words the warning line, the reason assertions fail with, and the error of a broken spec', () => {
    const notice = unreadableSpecNotice('http://h/openapi.json', 'Could not reach http://h/openapi.json (connection refused). Is the server running?');
    expect(unreadableSpecLine(notice)).toBe(
      'Warning: the collection\'s spec could not be read. Could not reach http://h/openapi.json (connection refused). Is the server running? The run goes on without it: requests without assertions are checked for a 2xx or 3xx answer only, and "conforms" and "idempotent" assertions fail. Start the server that serves http://h/openapi.json (or correct "spec.source" in the collection\'s collection.json), then run again.',
    );
    expect(unreadableSpecReason(notice)).toBe("the collection's spec could not be read: Could not reach http://h/openapi.json (connection refused). Is the server running?");
    expect(brokenSpecMessage('openapi.json', '/c/openapi.json is not valid JSON at line 1, column 33: Unexpected end of JSON input. Fix the document and open it again.')).toBe(
      'The run did not start: the collection\'s spec (openapi.json) was read but cannot be used.\n/c/openapi.json is not valid JSON at line 1, column 33: Unexpected end of JSON input. Fix the document.\nOnce it is fixed (or "spec.source" in the collection\'s collection.json names a working one), run again.',
    );
  });
});
