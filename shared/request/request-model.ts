/** What the renderer asks the main process to send, and what comes back. */
import type { HttpMethod } from '../model/api-model';
import type { RetryPolicy, RetryReport } from '../idempotency/retry-policy';
import type { ResponseExpectation, ResponseValidation } from '../response/response-validation';
import type { CredentialNames } from '../security/credential-names';

export interface HeaderEntry {
  readonly name: string;
  readonly value: string;
}

export interface RequestBody {
  readonly mediaType: string;
  readonly text: string;
  /** multipart/form-data: the parts, sent instead of `text`; the main process picks the boundary. */
  readonly parts?: readonly BodyPart[];
  /** A body that is one staged file (binary upload), sent instead of `text`. */
  readonly fileId?: string;
}

/** One part of a multipart body: a text value, or a file staged in the main process (files:stage). */
export interface BodyPart {
  readonly name: string;
  readonly value?: string;
  readonly fileId?: string;
  readonly filename?: string;
  readonly mediaType?: string;
}

export interface RequestDescription {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: readonly HeaderEntry[];
  readonly body?: RequestBody;
  /** Overall deadline for the exchange (all redirects and the whole body), in milliseconds. */
  readonly timeoutMs?: number;
  /** Chosen by the renderer so it can cancel this exchange and match its progress events. */
  readonly requestId?: string;
  /** Redirects followed before the last 3xx is shown as the answer; 0 shows the first 3xx. */
  readonly maxRedirects?: number;
  /** Accept an invalid TLS certificate for this one exchange only (shown on the response). */
  readonly allowInvalidCertificate?: boolean;
  /** Decoded bytes kept in memory; a larger body goes to a temp file (compressed ones stop here). */
  readonly maxBodyBytes?: number;
  /** Secret values (auth, secret environment variables) to mask wherever this request is recorded; never sent. */
  readonly secretValues?: readonly string[];
  /**
   * Header and query names that carry credentials here beyond the well-known ones: those of the
   * auth applied and of the document's security schemes (shared/security/credential-names.ts).
   * Never sent; redirects drop them and history masks their values.
   */
  readonly credentialNames?: CredentialNames;
  /** Automatic retries in the main process (off when absent); only idempotent or keyed requests are retried. */
  readonly retry?: RetryPolicy;
  /** The operation this was sent from (its model key), kept in history. */
  readonly opKey?: string;
  /** What the spec declares for this operation's responses; the answer is checked against it. */
  readonly expect?: ResponseExpectation;
  /** The cookie jar to use (an environment's id, or NO_ENVIRONMENT_JAR); none when absent. */
  readonly cookieJar?: string;
}

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
  /** The Cookie header value the cookie jar added (last hop that had any); history masks it. */
  readonly jarCookies?: string;
}
