/**
 * Auth that cannot be written into the request beforehand: HTTP Digest answers the server's
 * challenge, and AWS Signature Version 4 signs the exact bytes that go out. The request carries what
 * the main process needs to do it at send time; none of it is ever sent as is or recorded.
 */

export type RequestSigning =
  | { readonly kind: 'digest'; readonly username: string; readonly password: string }
  | {
      readonly kind: 'aws-sigv4';
      readonly accessKey: string;
      readonly secretKey: string;
      /** Temporary credentials' token, sent as X-Amz-Security-Token. */
      readonly sessionToken?: string;
      readonly region: string;
      readonly service: string;
    };

/** The values of `signing` to mask wherever the request is recorded or shown. */
export function signingSecrets(signing: RequestSigning | undefined): string[] {
  if (signing === undefined) return [];
  if (signing.kind === 'digest') return [signing.password];
  return [signing.secretKey, ...(signing.sessionToken === undefined ? [] : [signing.sessionToken])];
}

/** What a person reads about a signing auth (the request log, the code export). */
export function signingLabel(signing: RequestSigning): string {
  return signing.kind === 'digest' ? `HTTP Digest as ${signing.username}` : `AWS Signature V4 (${signing.service} in ${signing.region})`;
}
