/** What the renderer asks the main process to send, and what comes back. */
import type { z } from 'zod';
import type { requestSendInput } from '../ipc/contract';
import type { HttpMethod } from '../model/api-model';
import type { RetryReport } from '../idempotency/retry-policy';
import type { ResponseValidation } from '../response/response-validation';
import type { WireHeader } from './wire-headers';

/** What the renderer asks the main process to send: the `request:send` input, as the contract checks it. */
export type RequestDescription = z.output<typeof requestSendInput>;
export type RequestBody = NonNullable<RequestDescription['body']>;
/** One part of a multipart body: a text value, or a file staged in the main process (files:stage). */
export type BodyPart = NonNullable<RequestBody['parts']>[number];
export type HeaderEntry = RequestDescription['headers'][number];

export type ResponseBody =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string; readonly truncated: boolean }
  | { readonly kind: 'binary'; readonly base64Preview: string; readonly truncated: boolean };

/** Milliseconds from the start of the last hop; phases that did not happen (a reused socket) are 0. */
export interface ResponseTimings {
  readonly dnsMs: number;
  readonly connectMs: number;
  readonly tlsMs: number;
  /** From the request written to the first byte of the answer. */
  readonly ttfbMs: number;
  readonly downloadMs: number;
  /** The socket was kept alive from an earlier exchange: no DNS, connect or TLS. */
  readonly reusedConnection: boolean;
  /** Time spent on earlier hops (redirects) before this one. */
  readonly redirectsMs: number;
}

export interface RedirectHop {
  readonly method: HttpMethod;
  readonly url: string;
  readonly status: number;
  readonly location: string;
  /** Credential headers not carried to the next hop because it left the origin or dropped to http. */
  readonly droppedHeaders: readonly string[];
  /** Query parameters taken out of the next hop's URL for the same reason (they carried this request's credentials). */
  readonly droppedQuery?: readonly string[];
}

/** A body too large to keep in memory, written whole to a temp file in the main process. */
export interface BodyFile {
  readonly id: string;
  readonly path: string;
  readonly bytes: number;
}

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
  /** Bytes of the body as they came over the wire (before gunzip and the like). */
  readonly transferredBytes?: number;
  readonly timings?: ResponseTimings;
  readonly redirects?: readonly RedirectHop[];
  /** Why redirects stopped before a final answer (a limit, a non-http target). */
  readonly redirectNote?: string;
  /** Why the body is incomplete (a decompression bomb stopped at the cap). */
  readonly bodyNote?: string;
  readonly bodyFile?: BodyFile;
  /** The certificate was not verified because the user allowed it for this request. */
  readonly insecureTls?: boolean;
  /** Every attempt when automatic retry was on (the response is the last attempt's). */
  readonly retry?: RetryReport;
  /** The check against the spec, when the request carried an expectation. */
  readonly validation?: ResponseValidation;
  /**
   * The headers request signing added to the last hop as it went out (Digest's Authorization answer,
   * SigV4's Authorization and X-Amz-* headers), masked where they carry a secret (see signed-headers).
   * Kept apart from the request description, so a resend signs afresh rather than replaying them.
   */
  readonly signedHeaders?: readonly HeaderEntry[];
  /** The Cookie header value the cookie jar added (last hop that had any); history masks it. */
  readonly jarCookies?: string;
  /**
   * Every header the last hop's request wrote on the wire, in order: those the request set, and
   * those added on the way out, marked (see wire-headers); credentials masked. Absent in entries
   * recorded before it was kept.
   */
  readonly wireHeaders?: readonly WireHeader[];
}
