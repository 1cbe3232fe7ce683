/**
 * The seam between a send and a cookie jar: before each hop the jar's cookies for that hop's
 * URL are added, after it the cookies the answer set are stored, so across redirects each hop
 * gets exactly what RFC 6265 gives its own URL.
 */
import { CookieJar, MemoryCookieStore } from 'tough-cookie';
import type { HeaderEntry } from '../../../shared/request/request-model';

export interface SendCookies {
  /** The Cookie header value the jar holds for `url`; empty when none applies. */
  readonly cookieHeader: (url: string) => string;
  /** Stores what `url`'s answer set (its Set-Cookie values); a cookie the rules refuse is left out. */
  readonly store: (url: string, headers: readonly HeaderEntry[]) => void;
}

/** The send's hooks over `jar`; `changed` runs after an answer set or removed cookies. */
export function sendCookies(jar: CookieJar, changed: () => void = () => undefined): SendCookies {
  return {
    // Every request Roundtrip sends is first-party: it is the person's own, never a third site's.
    cookieHeader: (url) => (holdsNone(jar) ? '' : jar.getCookieStringSync(url, { sameSiteContext: 'strict' })),
    store(url, headers) {
      let stored = false;
      for (const header of headers) {
        if (header.name.toLowerCase() !== 'set-cookie') continue;
        // A cookie for another domain, a Secure one over http or a malformed one is ignored, as browsers do.
        if (jar.setCookieSync(header.value, url, { ignoreError: true, sameSiteContext: 'strict' }) !== undefined) stored = true;
      }
      if (stored) changed();
    },
  };
}

/**
 * True when the jar's memory store holds no domain at all. Most runs and most APIs set no cookie,
 * and the full lookup (public suffix, domain and path matching) cost about a third of the runner's
 * per-request work over the plain axios loop in bench:runner's profile; an empty index answers at once.
 */
function holdsNone(jar: CookieJar): boolean {
  const store = jar.store;
  if (!(store instanceof MemoryCookieStore)) return false;
  for (const _domain in store.idx) return false;
  return true;
}

/** A jar that lives as long as one run (`roundtrip run`, the runner). */
export function runCookies(): SendCookies {
  return sendCookies(new CookieJar());
}
