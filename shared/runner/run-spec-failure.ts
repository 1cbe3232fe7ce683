/**
 * When a run cannot use its collection's spec: whether the document could not be read this time
 * (the run goes on without it and says so first) or was read and is broken (the run does not
 * start), and the words for both. `roundtrip run` and the app's Runner follow this one rule.
 */
import type { ErrorCode } from '../ipc/result';

/** `unreadable`: the network or the file system failed; `broken`: anything else. */
export type SpecFailure = 'unreadable' | 'broken';

/**
 * The failures of fetching or opening a document, never of the document itself: connection
 * refused or reset, DNS, no route, a timeout, an untrusted certificate, a redirect loop, an error
 * status, a file that is gone or may not be read. Only these let a run go on; every other code,
 * one added to the loader later included, is a broken spec that must not be hidden.
 */
const UNREADABLE_SPEC_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'connection-refused',
  'connection-reset',
  'dns-failed',
  'unreachable',
  'timeout',
  'network',
  'tls-certificate',
  'too-many-redirects',
  'spec-http-status',
  'spec-file-unreadable',
]);

/** Classifies the error code the spec loader failed with. */
export function specFailureKind(code: string): SpecFailure {
  return (UNREADABLE_SPEC_CODES as ReadonlySet<string>).has(code) ? 'unreadable' : 'broken';
}

/** What a run that goes on without its spec says first, in three parts the app shows apart. */
export interface UnreadableSpecNotice {
  /** The collection's spec link as written (a URL, or a path relative to the collection). */
  readonly source: string;
  /** Why it could not be read: the loader's message. */
  readonly why: string;
  /** What the run does without it. */
  readonly consequence: string;
  /** What to do so that the next run has it. */
  readonly action: string;
}

const CONSEQUENCE = 'The run goes on without it: requests without assertions are checked for a 2xx or 3xx answer only, and "conforms" and "idempotent" assertions fail.';

/** True when the collection links its spec by URL rather than by file. */
export function isSpecUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** The notice for a spec at `source` that could not be read because of `why`. */
export function unreadableSpecNotice(source: string, why: string): UnreadableSpecNotice {
  const action = isSpecUrl(source)
    ? `Start the server that serves ${source} (or correct "spec.source" in the collection's collection.json), then run again.`
    : `Put the file back at ${source} (or correct "spec.source" in the collection's collection.json), then run again.`;
  return { source, why: sentence(why), consequence: CONSEQUENCE, action };
}

/** The notice as one line: printed first by `roundtrip run`, and the report's `warnings` entry. */
export function unreadableSpecLine(notice: UnreadableSpecNotice): string {
  return `Warning: the collection's spec could not be read. ${notice.why} ${notice.consequence} ${notice.action}`;
}

/** Why a "conforms" or "idempotent" assertion had no spec to judge by, for its failure message. */
export function unreadableSpecReason(notice: UnreadableSpecNotice): string {
  return `the collection's spec could not be read: ${notice.why.replace(/\.$/, '')}`;
}

/** The error of a run that does not start because its spec at `source` was read but is broken (`why`). */
export function brokenSpecMessage(source: string, why: string): string {
  // The loader's advice is for the document viewer ("open it again"); a run is started again instead.
  const problem = sentence(why).replace(/ and open it again\.$/, '.');
  return `The run did not start: the collection's spec (${source}) was read but cannot be used.\n${problem}\nOnce it is fixed (or "spec.source" in the collection's collection.json names a working one), run again.`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
