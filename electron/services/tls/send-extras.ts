/** What the app adds to each send from the editor: its certificate settings (under a collection's own) and the environment's cookie jar. */
import type { RequestDescription } from '../../../shared/request/request-model';
import { tlsForSend } from './collection-send-tls';
import type { CookieJars } from '../cookies/cookie-jars';
import type { SendOptions } from '../http/send-request';
import type { TlsSettingsStore } from './tls-settings-store';

/** The tls and cookies options for `request` (no jar when it names none). */
export async function sendExtras(request: Pick<RequestDescription, 'cookieJar' | 'fromCollection'>, tls: TlsSettingsStore, jars: CookieJars): Promise<Pick<SendOptions, 'tls' | 'cookies'>> {
  const material = await tlsForSend(tls, request.fromCollection);
  return request.cookieJar === undefined ? { tls: material } : { tls: material, cookies: await jars.forSend(request.cookieJar) };
}

/** `request` without what only chooses the send's extras: its collection (and the variables it carries) is neither sent nor recorded. */
export function withoutSendContext<R extends Pick<RequestDescription, 'fromCollection'>>(request: R): Omit<R, 'fromCollection'> {
  const rest: Partial<R> = { ...request };
  delete rest.fromCollection;
  return rest as Omit<R, 'fromCollection'>;
}
