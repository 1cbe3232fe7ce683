/**
 * What one verify run shares across its checks: the send path (the project's sendRequest, with
 * 429/503 Retry-After honoured), the request count, every response per operation for the
 * conformance checks, and the resources created, to delete at the end.
 */
import type { ApiModel, OperationModel } from '../../../shared/model/api-model';
import { parseRetryAfter } from '../../../shared/idempotency/retry-policy';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { createdIdentifier } from '../../../shared/verify/link-expression';
import { fillPath, itemPathOf } from '../../../shared/verify/resource-chain';
import type { EvidenceExchange } from '../../../shared/verify/verify-report';
import { randomBytes } from 'node:crypto';
import { UserFacingError } from '../app-error';
import { sendRequest } from '../http/send-request';

/** One request sent and what came of it. */
export interface Exchange {
  readonly step: string;
  readonly request: RequestDescription;
  readonly response?: ResponseSnapshot;
  readonly error?: string;
}

const RETRY_AFTER_LIMIT_MS = 30_000;
const RETRY_AFTER_ATTEMPTS = 3;
const EVIDENCE_BODY_CHARS = 4_000;

export type Sender = (request: RequestDescription) => Promise<ResponseSnapshot>;

export class VerifySession {
  requests = 0;
  /** Every exchange per operation key, for the conformance checks. */
  readonly exchanges = new Map<string, Exchange[]>();
  /** URLs of resources verify created and can delete, newest last. */
  readonly created: string[] = [];
  /**
   * Part of every Idempotency-Key verify sends. Keys must differ from one run to the next (a server
   * keeps them for hours and would replay an earlier run's answers); the rest of a request is the seed's.
   */
  readonly runTag = randomBytes(4).toString('hex');

  constructor(
    readonly model: ApiModel,
    readonly baseUrl: string,
    private readonly signal: AbortSignal | undefined,
    private readonly sender: Sender = (request) => sendRequest(request),
  ) {}

  get stopped(): boolean {
    return this.signal?.aborted === true;
  }

  /** Sends `request` for `op` (429/503 with Retry-After waited out), logs it for conformance and notes what it created. */
  async send(op: OperationModel, request: RequestDescription, step: string): Promise<Exchange> {
    let exchange: Exchange | undefined;
    for (let attempt = 0; exchange === undefined; attempt++) {
      this.requests++;
      try {
        const response = await this.sender(request);
        const wait = response.status === 429 || response.status === 503 ? parseRetryAfter(header(response, 'retry-after'), Date.now()) : undefined;
        if (wait !== undefined && attempt < RETRY_AFTER_ATTEMPTS && !this.stopped) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(wait, RETRY_AFTER_LIMIT_MS)));
          continue;
        }
        exchange = { step, request, response };
      } catch (error) {
        // A kept-alive socket the server closed after an earlier answer (uvicorn does after a 500)
        // fails before the request reaches the server: sent again once on a fresh socket, as browsers do.
        if (error instanceof UserFacingError && error.code === 'connection-reset' && attempt === 0) continue;
        exchange = { step, request, error: error instanceof Error ? error.message : String(error) };
      }
    }
    const list = this.exchanges.get(op.key) ?? [];
    list.push(exchange);
    this.exchanges.set(op.key, list);
    this.noteCreated(op, exchange);
    return exchange;
  }

  /** Remembers the resource a 2xx POST created when the API can delete it again. */
  private noteCreated(op: OperationModel, exchange: Exchange): void {
    const response = exchange.response;
    if (op.method !== 'POST' || response === undefined || response.status < 200 || response.status > 299) return;
    const itemPath = itemPathOf(op.path, this.model);
    if (itemPath === undefined || !this.model.operations.some((o) => o.method === 'DELETE' && o.path === itemPath)) return;
    const id = createdIdentifier(op, itemPath, { headers: response.headers, body: jsonBody(response) }, this.model);
    if (id === undefined) return;
    const collectionUrl = new URL(exchange.request.url);
    collectionUrl.search = '';
    this.created.push(`${collectionUrl.href.replace(/\/+$/, '')}/${encodeURIComponent(id)}`);
  }

  /** Forgets a created resource (a check deleted it itself). */
  forget(url: string): void {
    const at = this.created.indexOf(url);
    if (at >= 0) this.created.splice(at, 1);
  }

  /** Deletes what verify created, newest first, with the headers verify sends everywhere (credentials). */
  async cleanUp(headers: RequestDescription['headers'], signing?: RequestDescription['signing']): Promise<number> {
    let deleted = 0;
    for (const url of [...this.created].reverse()) {
      this.requests++;
      const response = await this.sender({ method: 'DELETE', url, headers, maxRedirects: 0, timeoutMs: 10_000, ...(signing === undefined ? {} : { signing }) }).catch(() => undefined);
      if (response !== undefined && response.status < 300) deleted++;
    }
    this.created.length = 0;
    return deleted;
  }
}

/** The URL of the resource at `itemPath` with `values`, under the session's base URL. */
export function resourceUrl(session: VerifySession, itemPath: string, values: Readonly<Record<string, string>>): string {
  return `${session.baseUrl.replace(/\/+$/, '')}${fillPath(itemPath, values)}`;
}

/** A response header's value. */
export function header(response: ResponseSnapshot, name: string): string | undefined {
  return response.headers.find((h) => h.name.toLowerCase() === name)?.value;
}

/** The response body as JSON, or undefined when it is not JSON. */
export function jsonBody(response: ResponseSnapshot | undefined): unknown {
  if (response?.body.kind !== 'text') return undefined;
  try {
    return JSON.parse(response.body.text) as unknown;
  } catch {
    return undefined;
  }
}

function cut(text: string): string {
  return text.length > EVIDENCE_BODY_CHARS ? `${text.slice(0, EVIDENCE_BODY_CHARS)}… (${text.length - EVIDENCE_BODY_CHARS} more characters)` : text;
}

/** An exchange as a finding's evidence shows it. */
export function toEvidence(exchange: Exchange): EvidenceExchange {
  const { request, response } = exchange;
  const body = request.body?.text;
  return {
    step: exchange.step,
    request: { method: request.method, url: request.url, headers: request.headers, ...(body === undefined || body === '' ? {} : { body: cut(body) }) },
    ...(response === undefined
      ? {}
      : { response: { status: response.status, headers: response.headers, ...(response.body.kind === 'text' && response.body.text !== '' ? { body: cut(response.body.text) } : {}) } }),
    ...(exchange.error === undefined ? {} : { error: exchange.error }),
  };
}
