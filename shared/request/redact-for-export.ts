/**
 * The request as an export shows it (copy as curl, copy as code): each secret value written as
 * <redacted> wherever it appears, and, on request, every credential the request carries by name.
 */
import { signingSecrets, type RequestSigning } from '../auth/request-signing';
import { isCredentialHeader } from '../security/credential-names';
import { credentialValues } from '../security/credential-values';
import { secretMasker } from '../security/mask-secrets';
import type { RequestDescription } from './request-model';

export const EXPORT_REDACTED = '<redacted>';

export interface ExportRedaction {
  /** Values to show as <redacted> wherever they appear (secrets from auth and environments). */
  readonly secrets?: readonly string[];
  /** Also redact every credential the request carries by name (shared/security): credential headers whatever their value, credential query values. */
  readonly redactCredentialHeaders?: boolean;
}

// Roundtrip sends the URL as WHATWG URL serializes it (a ' in the query becomes %27); an export
// carries the serialized form to put the same bytes on the wire.
function sentUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** `request` with its secrets redacted as `options` say; the URL in the form it is sent. */
export function redactForExport(request: RequestDescription, options: ExportRedaction = {}): RequestDescription {
  const byName = options.redactCredentialHeaders === true;
  const signingValues = byName ? signingSecrets(request.signing) : [];
  const redact = secretMasker(byName ? [...(options.secrets ?? []), ...credentialValues(request), ...signingValues] : options.secrets, EXPORT_REDACTED);
  const body = request.body;
  return {
    ...request,
    url: redact(sentUrl(request.url)),
    headers: request.headers.map((header) => ({ name: header.name, value: byName && isCredentialHeader(header.name, request.credentialNames) ? EXPORT_REDACTED : redact(header.value) })),
    ...(body === undefined ? {} : { body: { ...body, text: redact(body.text), ...(body.parts === undefined ? {} : { parts: body.parts.map((part) => (part.value === undefined ? part : { ...part, value: redact(part.value) })) }) } }),
    ...(request.signing === undefined ? {} : { signing: redactSigning(request.signing, redact) }),
  };
}

function redactSigning(signing: RequestSigning, redact: (text: string) => string): RequestSigning {
  if (signing.kind === 'digest') return { ...signing, password: redact(signing.password) };
  return { ...signing, secretKey: redact(signing.secretKey), ...(signing.sessionToken === undefined ? {} : { sessionToken: redact(signing.sessionToken) }) };
}
