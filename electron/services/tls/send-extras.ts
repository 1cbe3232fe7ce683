/** What the app adds to each send from the editor: its certificate settings and the environment's cookie jar. */
import type { RequestDescription } from '../../../shared/request/request-model';
import type { CookieJars } from '../cookies/cookie-jars';
import type { SendOptions } from '../http/send-request';
import type { TlsSettingsStore } from './tls-settings-store';

/** The tls and cookies options for `request` (no jar when it names none). */
export async function sendExtras(request: Pick<RequestDescription, 'cookieJar'>, tls: TlsSettingsStore, jars: CookieJars): Promise<Pick<SendOptions, 'tls' | 'cookies'>> {
  const material = await tls.forSends();
  return request.cookieJar === undefined ? { tls: material } : { tls: material, cookies: await jars.forSend(request.cookieJar) };
}
