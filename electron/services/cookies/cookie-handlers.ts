/** The cookies:* channels: the viewer lists, edits and clears an environment's jar. */
import type { Handlers } from '../../../shared/ipc/contract';
import type { CookieJars } from './cookie-jars';

type CookieChannels = 'cookies:list' | 'cookies:set' | 'cookies:delete' | 'cookies:clear';

/** Handlers over the app's jars. */
export function createCookieHandlers(jars: CookieJars): Pick<Handlers, CookieChannels> {
  return {
    'cookies:list': (input) => jars.list(input.jar),
    'cookies:set': (input) => jars.set(input.jar, input.cookie, input.replacing),
    'cookies:delete': (input) => jars.remove(input.jar, input.name, input.domain, input.path),
    'cookies:clear': (input) => jars.clear(input.jar),
  };
}
