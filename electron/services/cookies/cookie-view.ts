/** tough-cookie's Cookie as the viewer lists and edits it, and back. */
import { Cookie } from 'tough-cookie';
import type { CookieView, SameSite } from '../../../shared/cookies/cookie-model';
import { UserFacingError } from '../app-error';

/** The cookie as the viewer shows it (expiry as an ISO time, none for a session cookie). */
export function cookieView(cookie: Cookie): CookieView {
  // A session cookie has neither Expires nor Max-Age (tough-cookie then reports the largest date).
  const expiry = cookie.expires instanceof Date || typeof cookie.maxAge === 'number' ? cookie.expiryDate() : undefined;
  const sameSite = cookie.sameSite === 'strict' || cookie.sameSite === 'lax' || cookie.sameSite === 'none' ? cookie.sameSite : 'unset';
  return {
    name: cookie.key,
    value: cookie.value,
    domain: cookie.domain ?? '',
    hostOnly: cookie.hostOnly === true,
    path: cookie.path ?? '/',
    ...(expiry !== undefined && Number.isFinite(expiry.getTime()) ? { expires: expiry.toISOString() } : {}),
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite,
  };
}

/** A cookie typed in the viewer; throws a UserFacingError naming the field that cannot be used. */
export function cookieFromView(view: CookieView): Cookie {
  if (/[\s;=,]/.test(view.name)) throw new UserFacingError('bad-cookie', `"${view.name}" cannot be a cookie name: it holds a space, ";", "=" or ",". Use letters, digits and - or _.`);
  if (/[;\r\n]/.test(view.value)) throw new UserFacingError('bad-cookie', `The value of cookie ${view.name} holds ";" or a line break, which would end it early. Remove them (or encode the value).`);
  const domain = view.domain.trim().replace(/^\./, '').toLowerCase();
  if (domain === '' || /[\s/:]/.test(domain)) throw new UserFacingError('bad-cookie', `"${view.domain}" is not a domain for cookie ${view.name}: give a host name such as api.example.com, without scheme, port or path.`);
  if (!view.path.startsWith('/')) throw new UserFacingError('bad-cookie', `The path of cookie ${view.name} must start with "/" (it is "${view.path}").`);
  let expires: Date | 'Infinity' = 'Infinity';
  if (view.expires !== undefined && view.expires.trim() !== '') {
    expires = new Date(view.expires);
    if (Number.isNaN(expires.getTime())) throw new UserFacingError('bad-cookie', `"${view.expires}" is not a date for cookie ${view.name}: use a date and time such as 2030-01-31T12:00:00Z, or leave it empty for a session cookie.`);
  }
  const sameSite: SameSite | undefined = view.sameSite === 'unset' ? undefined : view.sameSite;
  return new Cookie({ key: view.name, value: view.value, domain, hostOnly: view.hostOnly, path: view.path, expires, secure: view.secure, httpOnly: view.httpOnly, creation: new Date(), ...(sameSite === undefined ? {} : { sameSite }) });
}
