/**
 * The report of a verify run: stable and documented in the README ("Verify an API"). Fields
 * may be added in later versions; none will be renamed or removed.
 */
import type { HeaderEntry } from '../request/request-model';

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckOutcome {
  readonly name: string;
  readonly status: CheckStatus;
  /** Why a check was skipped, or what failed (the first finding's message). */
  readonly reason?: string;
  /** A passed check's remark on how it passed (key-required: the declared 4xx accepted in place of 400). */
  readonly note?: string;
  /** False on a skip because the check does not apply to the operation (nothing left unchecked); absent otherwise. */
  readonly applies?: false;
}

export interface OperationOutcome {
  /** Upper case: "GET". */
  readonly method: string;
  /** The document's path template: "/items/{item_id}". */
  readonly path: string;
  readonly checks: readonly CheckOutcome[];
}

export interface EvidenceRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly HeaderEntry[];
  readonly body?: string;
}

export interface EvidenceResponse {
  readonly status: number;
  readonly headers: readonly HeaderEntry[];
  readonly body?: string;
}

/** One exchange of a finding's evidence: what was sent, what came back (or the network error), and why it was sent. */
export interface EvidenceExchange {
  /** "create the resource (chain)", "1st send", "state after": the exchange's part in the check. */
  readonly step: string;
  readonly request: EvidenceRequest;
  readonly response?: EvidenceResponse;
  readonly error?: string;
}

export interface Finding {
  readonly method: string;
  readonly path: string;
  readonly check: string;
  readonly message: string;
  readonly evidence: {
    readonly requests: readonly EvidenceExchange[];
    /** For state checks: what changed between the reads before and after (JSON pointer paths). */
    readonly stateDiff?: readonly { readonly path: string; readonly kind: string; readonly before?: unknown; readonly after?: unknown }[];
  };
  /** A curl command that sends the failing request again. */
  readonly curl: string;
  /** Set when the generated request was shrunk: what the original case was. */
  readonly shrunkFrom?: string;
}

export interface VerifySummary {
  readonly operations: number;
  readonly requests: number;
  readonly failed: number;
  readonly durationMs: number;
}

export interface VerifyReport {
  /** The base URL verified. */
  readonly target: string;
  readonly seed: number;
  /** The document verified against (a path or URL). */
  readonly spec?: string;
  readonly summary: VerifySummary;
  readonly operations: readonly OperationOutcome[];
  readonly findings: readonly Finding[];
  /** "user" when the run was stopped before the end. */
  readonly stopped?: 'user';
}
