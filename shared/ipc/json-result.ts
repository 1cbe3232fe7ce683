/**
 * A successful Result whose value crosses Electron's IPC as its JSON text. A 13 MB document's model
 * is a large object graph: structured-cloning it costs the main process a parse of its text plus
 * the clone, and the page the clone's decoding; a string is one memory copy, parsed once in the page.
 * The browser host needs none of this: it writes the same text into its HTTP answer.
 */
import type { Result } from './result';

declare const JSON_OF: unique symbol;

/** The JSON text of a T (JSON.stringify of one): what a channel declared with jsonTextChannel answers. */
export type JsonText<T> = string & { readonly [JSON_OF]?: T };

/** The envelope: `{ ok: true, valueJson }` where `JSON.parse(valueJson)` is the value. */
export interface JsonValueResult {
  readonly ok: true;
  readonly valueJson: string;
}

/** Wraps a value already held as JSON text. */
export function jsonValueResult(valueJson: string): JsonValueResult {
  return { ok: true, valueJson };
}

/** Turns an envelope back into the plain Result the contract promises; any other answer passes through. */
export function unwrapJsonResult(answer: unknown): unknown {
  if (!isJsonValueResult(answer)) return answer;
  try {
    return { ok: true, value: JSON.parse(answer.valueJson) as unknown } satisfies Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'ipc-failed', message: 'Roundtrip\'s main process sent an answer its window could not read. Try again; if it persists, restart Roundtrip.' } } satisfies Result<unknown>;
  }
}

function isJsonValueResult(answer: unknown): answer is JsonValueResult {
  return typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === true && !('value' in answer) && 'valueJson' in answer && typeof answer.valueJson === 'string';
}
