/** Which form fields hold a secret, so the form masks what is typed there (as a careful client does). */
import { isCredentialFieldName } from '../security/credential-names';

/** True for a field whose schema says `format: password` or whose name is a credential name (password, client_secret, api_key). */
export function isSecretField(name: string | number | undefined, schema: { readonly format?: unknown } | undefined): boolean {
  return schema?.format === 'password' || (typeof name === 'string' && isCredentialFieldName(name));
}
