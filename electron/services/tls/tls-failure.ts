/**
 * Handshake failures that involve client certificates or private CAs, told with what was sent
 * and what to change: the server asked for a certificate and none is set for the host, the
 * server refused the one sent, or the server's own certificate comes from an unknown CA.
 */
import { UserFacingError } from '../app-error';
import type { HopTls } from './tls-material';
import { isRecord } from '../../../shared/values/is-record';

export interface TlsFailureContext {
  readonly url: string;
  readonly tls: HopTls | undefined;
  /** The host patterns that have a client certificate (to say none matched). */
  readonly patterns: readonly string[];
  /** True when no byte of an answer had arrived (a reset then is the handshake's). */
  readonly beforeAnswer: boolean;
}

const CERTIFICATE_ASKED = /CERTIFICATE_REQUIRED|certificate required|alert handshake failure|ALERT_HANDSHAKE_FAILURE/i;
const CERTIFICATE_REFUSED = /ALERT_UNKNOWN_CA|alert unknown ca|ALERT_BAD_CERTIFICATE|alert bad certificate|ALERT_CERTIFICATE_UNKNOWN|alert certificate unknown|ALERT_DECRYPT_ERROR|ACCESS_DENIED|alert access denied/i;
const UNTRUSTED_SERVER = new Set(['SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'DEPTH_ZERO_SELF_SIGNED_CERT']);

/** The message for `error` when it is about client certificates or CAs; undefined otherwise. */
export function describeTlsFailure(error: unknown, context: TlsFailureContext): UserFacingError | undefined {
  const { code, text } = errorText(error);
  const host = new URL(context.url).host;
  const identity = context.tls?.identity;
  if (CERTIFICATE_ASKED.test(text)) {
    if (identity === undefined) {
      const known = context.patterns.length === 0 ? 'No client certificate is set at all.' : `None of the client certificates set (${context.patterns.join(', ')}) matches ${host}.`;
      return new UserFacingError('client-certificate', `${host} asked for a client certificate and Roundtrip had none to send for it. ${known} Add one for ${host} (or a pattern such as *.${host.split('.').slice(1).join('.') || host}) in Certificates, or in the collection's "tls" settings, and send again.`);
    }
    return new UserFacingError('client-certificate', `${host} refused the handshake although ${identity} was sent. Check that the server accepts this certificate (its issuer and key usage), and that it is not expired.`);
  }
  if (identity !== undefined && (CERTIFICATE_REFUSED.test(text) || (context.beforeAnswer && (code === 'ECONNRESET' || code === 'EPIPE')))) {
    return new UserFacingError('client-certificate', `${host} closed the connection during the TLS handshake: it refused ${identity} (${CERTIFICATE_REFUSED.test(text) ? 'the server does not trust its issuer' : 'no reason given'}). Use a certificate issued by a CA this server trusts, or ask its operators which one it expects.`);
  }
  if (code !== undefined && UNTRUSTED_SERVER.has(code)) {
    const extra = context.tls?.extraCa === true ? ' The CA certificates added in the settings do not include its issuer either.' : '';
    return new UserFacingError('tls-certificate', `The TLS certificate of ${host} is not trusted: it was issued by a certificate authority Roundtrip does not know (${code}).${extra} For a private PKI, add the CA's certificate (PEM) under Certificates → Certificate authorities; to send this once anyway, tick "Allow invalid certificate".`);
  }
  return undefined;
}

// axios wraps Node's error: the TLS code and OpenSSL's words can sit on the cause.
function errorText(error: unknown): { code: string | undefined; text: string } {
  let current: unknown = error;
  let code: string | undefined;
  const parts: string[] = [];
  for (let depth = 0; depth < 4 && isRecord(current); depth += 1) {
    const candidate = current;
    if (typeof candidate.code === 'string' && candidate.code !== 'ERR_NETWORK') {
      code ??= candidate.code;
      parts.push(candidate.code);
    }
    if (typeof candidate.message === 'string') parts.push(candidate.message);
    current = candidate.cause;
  }
  return { code, text: parts.join(' ') };
}
