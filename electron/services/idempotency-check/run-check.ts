/**
 * The idempotency check: sends one request twice, reads the state after each send with a GET
 * (when the plan has one), and judges whether the second send changed anything.
 */
import { isIdempotencyKeyHeader } from '../../../shared/idempotency/idempotency-key-header';
import type { CheckPlan } from '../../../shared/idempotency/check-plan';
import { judgeIdempotency, type CheckExchange, type CheckReport, type Observed } from '../../../shared/idempotency/check-verdict';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { identifierByRule } from '../../../shared/verify/link-expression';
import { fillPath } from '../../../shared/verify/resource-chain';
import { credentialQuery } from '../../../shared/security/credential-values';
import { joinUrl, splitUrl } from '../../../shared/security/url-query';
import { UserFacingError } from '../app-error';
import { sendRequest } from '../http/send-request';

export interface CheckRequest {
  readonly request: RequestDescription;
  readonly plan: CheckPlan;
}

/** The created resource's id in a 2xx answer, by the plan's rule; undefined for any other plan or answer. */
function createdId(plan: CheckPlan, response: ResponseSnapshot, observed: Observed): string | undefined {
  if (plan.createdId === undefined || response.status < 200 || response.status >= 300) return undefined;
  return identifierByRule(plan.createdId, { headers: response.headers, body: observed.json });
}

function observe(response: ResponseSnapshot): Observed {
  const replayed = response.headers.find((h) => /^(x-)?idempotent-replayed$/i.test(h.name))?.value.trim().toLowerCase();
  let json: unknown;
  if (response.body.kind === 'text') {
    try {
      json = JSON.parse(response.body.text) as unknown;
    } catch {
      json = response.body.text;
    }
  }
  return { status: response.status, ...(replayed === undefined ? {} : { replayed: replayed !== 'false' }), ...(json === undefined ? {} : { json }) };
}

/** The read URL with the request's query credentials (an API key in the query) added where it lacks them. */
function withQueryCredentials(url: string, request: RequestDescription): string {
  const present = new Set(splitUrl(url).pairs.map((pair) => pair.name.toLowerCase()));
  const missing = credentialQuery(request).filter((pair) => !present.has(pair.name.toLowerCase()));
  if (missing.length === 0) return url;
  const parts = splitUrl(url);
  return joinUrl({ ...parts, pairs: [...parts.pairs, ...missing] });
}

/** The GET that reads the state: the request's own credentials (headers and query keys) without body or key headers. */
function readRequest(request: RequestDescription, url: string): RequestDescription {
  const headers = request.headers.filter((h) => !isIdempotencyKeyHeader(h.name) && !/^(content-type|content-length|accept)$/i.test(h.name));
  return {
    method: 'GET',
    url: withQueryCredentials(url, request),
    headers: [...headers, { name: 'Accept', value: 'application/json' }],
    ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
    // It carries the same credentials, so redirects must drop and history must mask the same ones.
    ...(request.secretValues === undefined ? {} : { secretValues: request.secretValues }),
    ...(request.credentialNames === undefined ? {} : { credentialNames: request.credentialNames }),
  };
}

export interface CheckOptions {
  /** One send of the check, told its step; the handlers pass one that records it in history. */
  readonly send?: (request: RequestDescription, step: string) => Promise<ResponseSnapshot>;
}

/** Runs the check; a network failure on a send stops it with a message naming the step. */
export async function runIdempotencyCheck({ request, plan }: CheckRequest, options: CheckOptions = {}): Promise<CheckReport> {
  const send = options.send ?? ((req: RequestDescription) => sendRequest(req));
  const exchanges: CheckExchange[] = [];
  // Each send is exactly one attempt: an automatic retry would blur what the check observes.
  const single: RequestDescription = { ...request, retry: undefined, requestId: undefined };
  const ids: (string | undefined)[] = [];
  const step = async (label: string, req: RequestDescription): Promise<Observed> => {
    try {
      const response = await send(req, label);
      exchanges.push({ label, method: req.method, url: req.url, status: response.status });
      const observed = observe(response);
      if (req === single) ids.push(createdId(plan, response, observed));
      return observed;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      exchanges.push({ label, method: req.method, url: req.url, error: message });
      throw new UserFacingError('check-failed', `The idempotency check stopped at "${label}": ${message}`, { exchanges });
    }
  };
  let read = plan.readUrl === undefined || plan.readScope === 'created' ? undefined : readRequest(single, plan.readUrl);
  const first = await step('1st send', single);
  // The resource the 1st send created is read after both sends: a 2nd send that changed it, or made another, shows.
  const firstId = ids[0];
  if (plan.readScope === 'created' && plan.readUrl !== undefined && plan.createdId !== undefined && firstId !== undefined) {
    read = readRequest(single, fillPath(plan.readUrl, { [plan.createdId.parameter]: firstId }));
  }
  const stateAfterFirst = read === undefined ? undefined : await step('state after 1st send', read);
  const second = await step('2nd send', single);
  const stateAfterSecond = read === undefined ? undefined : await step('state after 2nd send', read);
  const target = new URL(single.url).pathname;
  const judged = judgeIdempotency({
    method: single.method,
    target,
    plan,
    first,
    second,
    ...(stateAfterFirst === undefined ? {} : { stateAfterFirst }),
    ...(stateAfterSecond === undefined ? {} : { stateAfterSecond }),
    ...(plan.readScope === 'created' ? { createdIds: [ids[0], ids[1]] as const } : {}),
  });
  return { ...judged, exchanges };
}
