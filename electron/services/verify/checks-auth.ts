/** The auth checks: an operation that requires credentials refuses none and wrong ones, and accepts the given ones. */
import { base64Utf8 } from '../../../shared/auth/base64';
import { securityAlternatives } from '../../../shared/auth/apply-auth';
import type { RequestSigning } from '../../../shared/auth/request-signing';
import type { HeaderEntry } from '../../../shared/request/request-model';
import { baseCase } from './request-cases';
import { failed, inputsOf, PASSED, reachResources, sendCase, skipped, type CheckResult, type OperationContext } from './operation-context';

const WRONG = 'roundtrip-verify-wrong-credential';
const REFUSED = new Set([401, 403]);

/** The headers that carry the operation's credentials, with a wrong value for each; undefined when one goes in a query or cookie. */
function credentialHeaders(ctx: OperationContext): HeaderEntry[] | undefined {
  const out: HeaderEntry[] = [];
  for (const name of securityAlternatives(ctx.op).flat()) {
    const scheme = ctx.model.securitySchemes?.[name];
    if (scheme === undefined) continue;
    if (scheme.type === 'apiKey') {
      if (scheme.in !== 'header' || scheme.name === undefined) return undefined;
      out.push({ name: scheme.name, value: WRONG });
    } else if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') {
      out.push({ name: 'Authorization', value: `Basic ${base64Utf8('roundtrip-verify:wrong')}` });
    } else if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
      out.push({ name: 'Authorization', value: `Bearer ${WRONG}` });
    }
  }
  const seen = new Set<string>();
  return out.filter((h) => !seen.has(h.name.toLowerCase()) && seen.add(h.name.toLowerCase()));
}

function named(names: readonly HeaderEntry[]): (h: HeaderEntry) => boolean {
  const lower = new Set(names.map((n) => n.name.toLowerCase()));
  return (h) => lower.has(h.name.toLowerCase());
}

type Variant = 'none' | 'wrong' | 'given';

function wrongSigning(signing: RequestSigning): RequestSigning {
  return signing.kind === 'digest' ? { ...signing, password: WRONG } : { ...signing, secretKey: WRONG };
}

async function sendWith(ctx: OperationContext, variant: Variant): Promise<CheckResult> {
  const credentials = credentialHeaders(ctx);
  if (credentials === undefined) return skipped('The credentials go in a query parameter or cookie; verify sends credentials as headers (--header).');
  const isCredential = named(credentials);
  const given = ctx.target.headers.filter(isCredential);
  const signing = ctx.target.signing;
  if (variant === 'given' && given.length === 0 && signing === undefined) return skipped(`No credentials given: pass them with --header (${credentials.map((c) => c.name).join(', ')}), --digest or --aws-sigv4.`);
  const resources = await reachResources(ctx);
  const others = ctx.target.headers.filter((h) => !isCredential(h));
  const headers = variant === 'none' ? others : variant === 'wrong' ? [...others, ...credentials] : ctx.target.headers;
  // Digest and SigV4 go with the given credentials, with a wrong secret for "wrong", and not at all for "none".
  const signed = signing === undefined || variant === 'none' ? undefined : variant === 'wrong' ? wrongSigning(signing) : signing;
  const { model, baseUrl, timeoutMs } = ctx.target;
  const sub = { ...ctx, target: { model, baseUrl, headers, ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(signed === undefined ? {} : { signing: signed }) } };
  const exchange = await sendCase(sub, baseCase(inputsOf(sub, resources.fixed)), variant === 'none' ? 'without credentials' : variant === 'wrong' ? 'with wrong credentials' : 'with the given credentials');
  if (exchange === undefined) return skipped('The request could not be built.');
  const status = exchange.response?.status;
  if (status === undefined) return failed(`The request got no answer: ${exchange.error ?? 'unknown error'}.`, [...resources.chain, exchange]);
  if (variant === 'given') return REFUSED.has(status) ? failed(`The given credentials were refused with ${status}.`, [...resources.chain, exchange]) : PASSED;
  if (REFUSED.has(status)) return PASSED;
  const what = variant === 'none' ? 'without credentials' : 'with wrong credentials';
  return failed(`A request ${what} was answered ${status} instead of 401 or 403.`, [...resources.chain, exchange]);
}

/** auth-required */
export const authRequired = (ctx: OperationContext): Promise<CheckResult> => sendWith(ctx, 'none');
/** auth-wrong-rejected */
export const authWrongRejected = (ctx: OperationContext): Promise<CheckResult> => sendWith(ctx, 'wrong');
/** auth-accepted */
export const authAccepted = (ctx: OperationContext): Promise<CheckResult> => sendWith(ctx, 'given');
