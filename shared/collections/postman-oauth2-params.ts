/**
 * The OAuth 2.0 audience as Postman keeps it. Postman has had two shapes:
 *
 * - from 10.13, extra parameters of the authorization, token and refresh requests are lists under
 *   `authRequestParams`, `tokenRequestParams` and `refreshRequestParams`, each entry
 *   `{key, value, enabled, send_as}` with send_as `request_body`, `request_url` or `request_header`;
 *   Auth0's `audience` is one of them;
 * - before (8.x to 10.12), an Advanced Options tab had Audience and Resource fields, exported under the
 *   keys `audience` and `resource`, as text or as an object of values (one per URL).
 *
 * Both are read; the first is written, since it is what Postman reads now. newman sends the access token
 * a collection holds and fetches none, so it reads neither.
 */
import { isRecord } from '../values/is-record';

/** One entry of Postman's oauth2 list. */
export interface PmAuthParam {
  readonly key: string;
  readonly value?: unknown;
  readonly type?: string;
}

/** One extra parameter of Postman's authorization, token or refresh request. */
interface PmRequestParam {
  readonly key: string;
  readonly value: string;
  readonly enabled: boolean;
  readonly send_as: 'request_body' | 'request_url' | 'request_header';
}

const PARAM_LISTS = ['tokenRequestParams', 'authRequestParams'] as const;

/** What an oauth2 list gives of the audience, and the extra parameters Roundtrip does not send (by name). */
export function audienceFromPostman(params: readonly PmAuthParam[], accessTokenUrl: string): { audience?: string; unsent: string[] } {
  const entry = (key: string): unknown => params.find((param) => param.key === key)?.value;
  const unsent = new Set<string>();
  let audience: string | undefined;
  for (const list of [...PARAM_LISTS, 'refreshRequestParams']) {
    for (const param of requestParams(entry(list))) {
      if (param.key === 'audience' && list !== 'refreshRequestParams') audience ??= param.value;
      // The refresh token already names the API it was issued for: an audience there changes nothing.
      else if (param.key !== 'audience') unsent.add(param.key);
    }
  }
  audience ??= legacyValue(entry('audience'), accessTokenUrl);
  const resource = legacyValue(entry('resource'), accessTokenUrl);
  if (resource !== undefined) unsent.add('resource');
  return { ...(audience === undefined ? {} : { audience }), unsent: [...unsent] };
}

/** The oauth2 list entries that make Postman send `audience` with the token request, and with the login for a grant that has one. */
export function audienceToPostman(audience: string | undefined, grantType: string): PmAuthParam[] {
  if (audience === undefined || audience === '') return [];
  const token: PmRequestParam = { key: 'audience', value: audience, enabled: true, send_as: 'request_body' };
  const entries: PmAuthParam[] = [{ key: 'tokenRequestParams', value: [token], type: 'any' }];
  // Auth0 asks for it on the authorization request too (the app sends it there): Postman adds those to the URL.
  if (grantType.startsWith('authorization_code')) entries.push({ key: 'authRequestParams', value: [{ ...token, send_as: 'request_url' }], type: 'any' });
  return entries;
}

// Enabled entries with a key and a text value; anything else in the list is not Postman's shape and is skipped.
function requestParams(value: unknown): { key: string; value: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((param: unknown) => {
    if (!isRecord(param) || param['enabled'] === false || typeof param['key'] !== 'string') return [];
    const text = typeof param['value'] === 'string' ? param['value'].trim() : '';
    return text === '' ? [] : [{ key: param['key'], value: text }];
  });
}

// Text as it is; an object of values: the one for the token URL (or its origin), else the first.
function legacyValue(value: unknown, accessTokenUrl: string): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (!isRecord(value)) return undefined;
  const texts = Object.entries(value).filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1].trim() !== '');
  const origin = originOf(accessTokenUrl);
  const match = texts.find(([key]) => key === accessTokenUrl) ?? texts.find(([key]) => origin !== undefined && originOf(key) === origin) ?? texts[0];
  return match?.[1].trim();
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
