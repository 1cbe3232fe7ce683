/** The request to send again from a finished exchange, without what the last send attached to it. */
import type { RequestDescription } from './request-model';

/** What a one-off resend may change (a longer deadline, accepting an invalid certificate once). */
export type ResendChanges = Pick<RequestDescription, 'allowInvalidCertificate' | 'timeoutMs'>;

/**
 * The exchange's request with `changes`, minus the send-time extras (request id, operation key, expectation,
 * secret values, retry policy): the send path adds them afresh, so a Retry goes as the person has it set now.
 */
export function resendRequest(sent: RequestDescription, changes: ResendChanges = {}): RequestDescription {
  const { method, url, headers, body, timeoutMs, maxRedirects, allowInvalidCertificate, maxBodyBytes } = sent;
  return {
    method,
    url,
    headers,
    ...(body === undefined ? {} : { body }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(maxRedirects === undefined ? {} : { maxRedirects }),
    ...(allowInvalidCertificate === undefined ? {} : { allowInvalidCertificate }),
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
    ...changes,
  };
}
