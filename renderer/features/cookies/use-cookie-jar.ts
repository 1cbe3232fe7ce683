/** The cookie viewer's data: the active environment's jar, listed, edited and cleared through the api. */
import { useCallback, useEffect, useState } from 'react';
import type { CookieView } from '../../../shared/cookies/cookie-model';
import type { Result } from '../../../shared/ipc/result';
import { api } from '../../lib/api';
import { useActiveCookieJar } from './use-active-cookie-jar';

export interface CookieJarState {
  readonly jar: string;
  readonly cookies: readonly CookieView[];
  readonly error?: string;
  readonly refresh: () => void;
  /** Adds or replaces a cookie; true when saved (the form may close). */
  readonly save: (cookie: CookieView, replacing?: CookieView) => Promise<boolean>;
  readonly remove: (cookie: CookieView) => void;
  readonly clear: () => void;
}

/** The jar of the active environment while the viewer is `shown`. */
export function useCookieJar(shown: boolean): CookieJarState {
  const jar = useActiveCookieJar();
  const [cookies, setCookies] = useState<readonly CookieView[]>([]);
  const [error, setError] = useState<string>();
  const take = useCallback((result: Result<CookieView[]>): boolean => {
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setError(undefined);
    setCookies(result.value);
    return true;
  }, []);
  const refresh = useCallback(() => void api['cookies:list']({ jar }).then(take), [jar, take]);
  useEffect(() => {
    if (shown) refresh();
  }, [shown, refresh]);
  const save = useCallback(
    async (cookie: CookieView, replacing?: CookieView) => {
      const { expires, ...rest } = cookie;
      const input = { ...rest, ...(expires === undefined || expires === '' ? {} : { expires }) };
      return take(await api['cookies:set']({ jar, cookie: input, ...(replacing ? { replacing: { name: replacing.name, domain: replacing.domain, path: replacing.path } } : {}) }));
    },
    [jar, take],
  );
  const remove = useCallback((cookie: CookieView) => void api['cookies:delete']({ jar, name: cookie.name, domain: cookie.domain, path: cookie.path }).then(take), [jar, take]);
  const clear = useCallback(
    () =>
      void api['cookies:clear']({ jar }).then((result) => {
        if (result.ok) setCookies([]);
        else setError(result.error.message);
      }),
    [jar],
  );
  return { jar, cookies, ...(error === undefined ? {} : { error }), refresh, save, remove, clear };
}
