/** The cookie jar requests use now: the active environment's, or the one for no environment. */
import { NO_ENVIRONMENT_JAR } from '../../../shared/cookies/cookie-jar-names';
import { useEnvironmentsStore } from '../environments/environments-context';

/** The active environment's jar id, and its name for the viewer's title. */
export function useActiveCookieJar(): string {
  return useEnvironmentsStore()?.environments.activeId ?? NO_ENVIRONMENT_JAR;
}
