/**
 * The auth an operation's form sends for a saved request. The form sends the credentials typed for the
 * operation's security schemes; a saved request may carry its credentials in its auth instead (one made
 * from the document inherits the collection's `Bearer {{HTTPBearer.token}}`). When nothing typed applies,
 * the form sends that auth exactly as `roundtrip run` does (the same `authParts`), so a saved request and
 * an environment send the same credentials in the app and in a run.
 */
import type { Auth } from '../collections/format-v1';
import { authParts } from '../request/resolve-request';
import type { VariableFiller } from '../request/variable-scopes';
import { mergeCredentialNames } from '../security/credential-names';
import type { AppliedAuth } from './apply-auth';

/**
 * `typed` (applyAuth of the typed credentials) when it applies a scheme, else what `saved` (the saved
 * request's auth, "inherit" resolved) sends with `filler`'s values; `typed` as well when `saved` sends nothing.
 * Its {{variables}} without a value are left in `filler`'s unresolved list, as a run reports them.
 */
export function formAuth(typed: AppliedAuth, saved: Auth | undefined, filler: VariableFiller): { readonly applied: AppliedAuth; readonly fromSaved: boolean } {
  if (typed.applied.length > 0 || saved === undefined) return { applied: typed, fromSaved: false };
  const parts = authParts(saved, filler);
  if (parts.headers.length === 0 && parts.query.length === 0 && parts.cookies.length === 0 && parts.signing === undefined) return { applied: typed, fromSaved: false };
  const credentialNames = mergeCredentialNames(typed.credentialNames, parts.names);
  return {
    applied: {
      headers: parts.headers,
      query: parts.query,
      cookies: parts.cookies,
      secrets: parts.secrets,
      missing: [],
      applied: [],
      ...(credentialNames === undefined ? {} : { credentialNames }),
      ...(parts.signing === undefined ? {} : { signing: parts.signing }),
    },
    fromSaved: true,
  };
}

/** What `auth` sends, named without its values ("a Bearer token", "an API key in the header X-Key"). */
export function authKindLabel(auth: Auth): string {
  switch (auth.type) {
    case 'bearer':
      return 'a Bearer token';
    case 'oauth2':
      return 'an OAuth 2.0 access token';
    case 'basic':
      return 'HTTP Basic credentials';
    case 'digest':
      return 'HTTP Digest credentials';
    case 'awsv4':
      return 'an AWS Signature V4';
    case 'apikey':
      return `an API key in the ${auth.in === 'query' ? 'query parameter' : 'header'} ${auth.name}`;
    default:
      return 'no credentials';
  }
}
