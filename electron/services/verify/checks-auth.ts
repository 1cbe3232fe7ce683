/** The auth checks: an operation that requires credentials refuses none and wrong ones, and accepts the given ones. */
import { securityAlternatives } from '../../../shared/auth/apply-auth';
import type { RequestSigning } from '../../../shared/auth/request-signing';
import type { HeaderEntry } from '../../../shared/request/request-model';
import { WRONG_CREDENTIAL, wrongCredentials, type WrongCredentials } from '../../../shared/verify/wrong-credentials';
import { baseCase } from './request-cases';
import { failed, inputsOf, PASSED, reachResources, sendCase, skipped, type CheckResult, type OperationContext } from './operation-context';

const REFUSED = new Set([401, 403]);

/** The wrong credentials of the operation's schemes, the given Digest or SigV4 signing taken into account. */
function credentialsOf(ctx: OperationContext): WrongCredentials {
  const schemes = securityAlternatives(ctx.op)
    .flat()
    .flatMap((name) => {
      const scheme = ctx.model.securitySchemes?.[name];
      return scheme === undefined ? [] : [scheme];
    });
  return wrongCredentials(schemes, ctx.target.signing);
}

function named(names: readonly string[]): (h: HeaderEntry) => boolean {
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return (h) => lower.has(h.name.toLowerCase());
}

type Variant = 'none' | 'wrong' | 'given';

// A SigV4 signing the person gave is made with a wrong secret key; a Digest scheme brings its own wrong answer.
function wrongSigning(credentials: WrongCredentials, given: RequestSigning | undefined): RequestSigning | undefined {
  if (credentials.signing !== undefined) return credentials.signing;
  if (given === undefined) return undefined;
  return given.kind === 'digest' ? { ...given, password: WRONG_CREDENTIAL } : { ...given, secretKey: WRONG_CREDENTIAL };
}

async function sendWith(ctx: OperationContext, variant: Variant): Promise<CheckResult> {
  const credentials = credentialsOf(ctx);
  if (credentials.notHeaders !== undefined) return skipped(credentials.notHeaders);
  if (variant === 'wrong' && credentials.skip !== undefined) return skipped(credentials.skip);
  const isCredential = named(credentials.names);
  const given = ctx.target.headers.filter(isCredential);
  const signing = ctx.target.signing;
  if (variant === 'given' && given.length === 0 && signing === undefined) return skipped(`No credentials given: pass them with --header (${credentials.names.join(', ')}), --digest or --aws-sigv4.`);
  const resources = await reachResources(ctx);
  const others = ctx.target.headers.filter((h) => !isCredential(h));
  const headers = variant === 'none' ? others : variant === 'wrong' ? [...others, ...credentials.headers] : ctx.target.headers;
  // Digest and SigV4 go with the given credentials, with a wrong secret for "wrong", and not at all for "none".
  const signed = variant === 'none' ? undefined : variant === 'wrong' ? wrongSigning(credentials, signing) : signing;
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
