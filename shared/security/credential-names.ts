/**
 * The credential policy, by name: which headers, query parameters and variables carry credentials.
 * Redirects, history, collection files, exports and copy-as-curl all ask here, so they agree.
 *
 * A name counts when the request's auth or the loaded document declares it (an apiKey scheme's
 * `name`, whatever it is: X-Partner-Credential, sig, X-Auth), or when it is well known:
 *
 * - headers: Authorization, Proxy-Authorization, Cookie, X-Auth; any name whose last word is
 *   token, secret, password, credential(s) or signature (X-Auth-Token, PRIVATE-TOKEN,
 *   X-Amz-Security-Token, X-Client-Secret); and keys named for what they open: api, access, secret,
 *   subscription, private, client, auth, session, security, master, app, account, service, partner,
 *   license, developer, consumer, signing, encryption or shared key (X-API-Key, Api-Key, apikey,
 *   Ocp-Apim-Subscription-Key, X-Service-Key). A bare `-Key` suffix is not enough: Idempotency-Key,
 *   Cache-Key or X-Sort-Key carry no secret.
 * - query parameters: the same words (api_key, apikey, access_token, token, client_secret,
 *   password, X-Amz-Signature, X-Amz-Security-Token), plus `key` (Google's and many public APIs'
 *   API key), `sig` (Azure SAS signatures) and `auth` (Firebase). Tokens that only page through a
 *   list (page_token, nextPageToken, cursor tokens, sync tokens) are not credentials.
 * - variables: the query rules (so a Postman `token`, `password` or `apiKey` variable counts).
 * - body fields (form fields, multipart text parts, JSON string fields) and the fields of an answer:
 *   the query words without `key`, `sig` and `auth`, which in a body name ordinary things (a
 *   setting's key, an object's key in a listing); in an answer, an access key's id is no secret.
 *
 * Names are compared case-insensitively, words split at -, _, ., spaces and camelCase humps.
 */
import type { SecuritySchemeModel } from '../model/api-model';

/** Header and query parameter names declared as credentials by the auth applied or the document's schemes. */
export interface CredentialNames {
  readonly headers: readonly string[];
  readonly query: readonly string[];
}

export const NO_CREDENTIAL_NAMES: CredentialNames = { headers: [], query: [] };

const ALWAYS_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-auth']);
const LAST_WORDS = new Set(['token', 'secret', 'password', 'passwd', 'credential', 'credentials', 'signature', 'apikey', 'accesskey', 'secretkey', 'subscriptionkey']);
const KEY_KINDS = new Set(['api', 'access', 'secret', 'subscription', 'private', 'client', 'auth', 'session', 'security', 'master', 'app', 'account', 'service', 'partner', 'license', 'developer', 'consumer', 'signing', 'encryption', 'shared']);
// A token that pages through a list or resumes a sync opens nothing.
const NOT_SECRET_TOKENS = new Set(['page', 'next', 'prev', 'previous', 'continuation', 'pagination', 'paging', 'cursor', 'sync', 'resume', 'start']);
const QUERY_WORDS = new Set(['key', 'sig', 'auth']);

/** The words of a name: "X-Amz-Security-Token" and "xAmzSecurityToken" both give x, amz, security, token. */
function words(name: string): string[] {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[-_.\s]+/)
    .filter(Boolean);
}

/** True when the words of a name end like a credential's (see the rules above). */
function wordsSayCredential(list: readonly string[]): boolean {
  const last = list[list.length - 1];
  if (last === undefined) return false;
  const before = list[list.length - 2];
  if (last === 'key') return before !== undefined && KEY_KINDS.has(before);
  if (last === 'token') return before === undefined || !NOT_SECRET_TOKENS.has(before);
  return LAST_WORDS.has(last);
}

function declares(list: readonly string[] | undefined, name: string): boolean {
  if (list === undefined || list.length === 0) return false;
  const lower = name.trim().toLowerCase();
  return list.some((declared) => declared.trim().toLowerCase() === lower);
}

// Every send asks about the same few names: each answer is kept (a bounded number of them).
const MAX_REMEMBERED = 1000;
const knownHeaders = new Map<string, boolean>();
const knownQuery = new Map<string, boolean>();

function remembered(cache: Map<string, boolean>, name: string, decide: (name: string) => boolean): boolean {
  let answer = cache.get(name);
  if (answer === undefined) {
    answer = decide(name);
    if (cache.size >= MAX_REMEMBERED) cache.clear();
    cache.set(name, answer);
  }
  return answer;
}

function wellKnownHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return ALWAYS_HEADERS.has(lower) || wordsSayCredential(words(lower));
}

function wellKnownQuery(name: string): boolean {
  const list = words(name);
  return (list.length === 1 && QUERY_WORDS.has(list[0] ?? '')) || wordsSayCredential(list);
}

/** True when a request header named `name` carries a credential (declared by `declared`, or well known). */
export function isCredentialHeader(name: string, declared?: CredentialNames): boolean {
  return remembered(knownHeaders, name, wellKnownHeader) || declares(declared?.headers, name);
}

/** True when a query parameter named `name` carries a credential (declared by `declared`, or well known). */
export function isCredentialQueryParam(name: string, declared?: CredentialNames): boolean {
  return remembered(knownQuery, name, wellKnownQuery) || declares(declared?.query, name);
}

const knownFields = new Map<string, boolean>();

/** True when a body field named `name` (password, client_secret, refresh_token, apiKey) carries a credential. */
export function isCredentialFieldName(name: string): boolean {
  return remembered(knownFields, name, (field) => wordsSayCredential(words(field)));
}

/**
 * True when a field of an answer named `name` hands out a credential (access_token, refresh_token,
 * client_secret, api_key). An access key's id is not one: it names the key, and AWS signs it in clear.
 */
export function isAnsweredCredentialName(name: string): boolean {
  const list = words(name);
  const last = list[list.length - 1];
  if (last === 'accesskey' || (last === 'key' && list[list.length - 2] === 'access')) return false;
  return isCredentialFieldName(name);
}

/** True when a variable named `name` (a Postman or environment variable) holds a credential by its name. */
export function isCredentialVariableName(name: string): boolean {
  return isCredentialQueryParam(name);
}

/** The header and query names the document's apiKey schemes declare (cookie keys travel in Cookie, a credential anyway). */
export function schemeCredentialNames(schemes: Readonly<Record<string, SecuritySchemeModel>> | undefined): CredentialNames {
  const headers: string[] = [];
  const query: string[] = [];
  for (const scheme of Object.values(schemes ?? {})) {
    if (scheme.type !== 'apiKey' || scheme.name === undefined || scheme.name === '') continue;
    if (scheme.in === 'header') headers.push(scheme.name);
    else if (scheme.in === 'query') query.push(scheme.name);
  }
  return { headers, query };
}

/** Both lists of names together, each name once; `undefined` when there are none. */
export function mergeCredentialNames(...all: readonly (CredentialNames | undefined)[]): CredentialNames | undefined {
  const headers = new Map<string, string>();
  const query = new Map<string, string>();
  for (const names of all) {
    for (const name of names?.headers ?? []) headers.set(name.toLowerCase(), name);
    for (const name of names?.query ?? []) query.set(name.toLowerCase(), name);
  }
  return headers.size === 0 && query.size === 0 ? undefined : { headers: [...headers.values()], query: [...query.values()] };
}
