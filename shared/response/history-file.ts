/**
 * One history segment file (history/<time>-<n>.json): its version and entries. The envelope and
 * each entry's fields that history reads (id, time, the request line, the answer's status and body
 * kind, the failure) are checked; the rest of an answer is the main process's own earlier output.
 */
import { z } from 'zod';
import type { VersionedFormat } from '../saved/versioned-file';
import { HISTORY_VERSION, type HistoryEntry } from './history-entry';
import { isRecord } from '../values/is-record';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE']);
const BODY_KINDS = new Set(['empty', 'text', 'binary']);

const isHeader = (value: unknown): boolean => isRecord(value) && typeof value['name'] === 'string' && typeof value['value'] === 'string';

/** True when `value` has the fields of a history entry that history itself reads. */
export function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (!isRecord(value) || value['version'] !== HISTORY_VERSION || typeof value['id'] !== 'string' || typeof value['at'] !== 'string' || typeof value['bodyTruncated'] !== 'boolean') return false;
  const { request, response, error } = value;
  if (!isRecord(request) || typeof request['method'] !== 'string' || !METHODS.has(request['method']) || typeof request['url'] !== 'string') return false;
  if (!Array.isArray(request['headers']) || !request['headers'].every(isHeader)) return false;
  if (response !== undefined && !(isRecord(response) && typeof response['status'] === 'number' && Array.isArray(response['headers']) && isRecord(response['body']) && BODY_KINDS.has(String(response['body']['kind'])))) return false;
  // Shown as they are, so checked like the other header lists.
  for (const list of ['signedHeaders', 'wireHeaders']) if (isRecord(response) && response[list] !== undefined && !(Array.isArray(response[list]) && response[list].every(isHeader))) return false;
  if (request['signing'] !== undefined && !isSigningRecord(request['signing'])) return false;
  return error === undefined || (isRecord(error) && typeof error['code'] === 'string' && typeof error['message'] === 'string');
}

// Reopened into an Auth form, so each field it fills is checked.
function isSigningRecord(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (value['kind'] === 'digest') return typeof value['username'] === 'string';
  return value['kind'] === 'aws-sigv4' && ['accessKey', 'region', 'service'].every((name) => typeof value[name] === 'string') && typeof value['withSessionToken'] === 'boolean';
}

export interface HistorySegmentFile {
  readonly version: typeof HISTORY_VERSION;
  readonly entries: readonly HistoryEntry[];
}

export const HISTORY_SEGMENT: VersionedFormat<HistorySegmentFile> = {
  what: 'A history file',
  version: HISTORY_VERSION,
  schema: z.object({ version: z.literal(HISTORY_VERSION), entries: z.array(z.custom<HistoryEntry>(isHistoryEntry, 'not a history entry')) }),
};
