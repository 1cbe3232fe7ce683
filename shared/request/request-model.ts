/** What the renderer asks the main process to send, and what comes back. */
import type { HttpMethod } from '../model/api-model';

export interface HeaderEntry {
  readonly name: string;
  readonly value: string;
}

export interface RequestBody {
  readonly mediaType: string;
  readonly text: string;
}

export interface RequestDescription {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: readonly HeaderEntry[];
  readonly body?: RequestBody;
  /** Overall deadline for the exchange, in milliseconds. */
  readonly timeoutMs?: number;
}

export type ResponseBody =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string; readonly truncated: boolean }
  | { readonly kind: 'binary'; readonly base64Preview: string; readonly truncated: boolean };

export interface ResponseSnapshot {
  readonly url: string;
  readonly method: HttpMethod;
  readonly status: number;
  readonly statusText: string;
  readonly headers: readonly HeaderEntry[];
  readonly contentType?: string;
  readonly body: ResponseBody;
  /** Bytes of the decoded body. */
  readonly sizeBytes: number;
  readonly timeMs: number;
}
