/** Cookie values count as credentials wherever an exchange is recorded: the jar's and the ones an answer set. */
import type { HeaderEntry, ResponseSnapshot } from '../request/request-model';
import type { CredentialSource } from '../security/credential-values';
import { parseSetCookie } from '../response/set-cookie';

/** `request` as if it had carried, as Cookie headers, what the jar added and what the answer set, so each value is masked. */
export function withCookieCredentials<T extends CredentialSource>(request: T, response: Pick<ResponseSnapshot, 'jarCookies' | 'headers'> | undefined): T {
  if (response === undefined) return request;
  const extra: HeaderEntry[] = [];
  if (response.jarCookies !== undefined && response.jarCookies !== '') extra.push({ name: 'Cookie', value: response.jarCookies });
  const set = response.headers.filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => parseSetCookie(header.value));
  if (set.length > 0) extra.push({ name: 'Cookie', value: set.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') });
  return extra.length === 0 ? request : { ...request, headers: [...request.headers, ...extra] };
}
