/**
 * The one contract both hosts bind (Electron's ipcMain and the browser host's /rpc):
 * each channel's input schema and output type.
 */
import { z } from 'zod';
import type { EnvironmentsSnapshot, SecretStorage } from '../environments/environments-file';
import { ENVIRONMENT_LIMITS } from '../environments/environment-limits';
import type { LoadedSpec, RecentSpec } from '../model/api-model';
import type { ResponseSnapshot } from '../request/request-model';
import { SNIPPET_LANGUAGE_IDS } from '../request/snippet-languages';
import { requestSigningInput } from '../auth/request-signing-input';
import type { CheckReport } from '../idempotency/check-verdict';
import type { HistoryEntry, HistorySummary } from '../response/history-entry';
import type { CollectionsOverview } from '../collections/listing';
import type { ImportedEnvironment } from '../collections/collection-tree';
import { collectionCreateFolderInput, collectionCreateInput, collectionIdInput, collectionListInput, collectionRenameInput, collectionRestoreInput, collectionSaveInput, collectionSetRootInput, collectionImportInput, collectionImportPreviewInput, collectionExportInput, collectionMoveInput, collectionRecentInput, collectionForgetRecentInput } from '../collections/collection-inputs';
import type { ImportSummary } from '../collections/import-summary';
import type { RecentCollections } from '../collections/recent-collections';
import type { RunReport } from '../runner/run-result';
import { runnerStartInput, runnerStopInput } from '../runner/runner-inputs';
import { discoverInput, loginIdInput, loginStartInput, tokenKeyInput, tokenOriginInput, type LoginResult, type LoginStart } from '../auth/login-inputs';
import type { DiscoveredEndpoints } from '../auth/login-settings';
import type { TokenStatus } from '../auth/token-file';
import type { VerifyReport } from '../verify/verify-report';
import { verifyStartInput, verifyStopInput } from '../verify/verify-inputs';
import { cookiesClearInput, cookiesDeleteInput, cookiesListInput, cookiesSetInput, type CookieView } from '../cookies/cookie-model';
import { tlsLoadInput, tlsSaveInput, type TlsSettingsView } from '../tls/tls-settings';
import type { Channel } from './channels';
import type { Result } from './result';
import { REDIRECT_TARGETS_LIMIT } from '../response/response-validation';
import type { JsonText } from './json-result';

/** Large enough for GitHub's description pasted as text, small enough to refuse abuse. */
export const MAX_SPEC_TEXT_CHARS = 64 * 1024 * 1024;
export const MAX_REQUEST_BODY_CHARS = 32 * 1024 * 1024;

const httpMethod = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE']);

const specSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), url: z.string().min(1).max(8192) }),
  z.object({ kind: z.literal('file'), path: z.string().min(1).max(4096) }),
  z.object({ kind: z.literal('text'), text: z.string().max(MAX_SPEC_TEXT_CHARS), name: z.string().max(1024) }),
]);

export const specLoadInput = z.object({
  source: specSource,
  strict: z.boolean().optional(),
  /** Chosen by the renderer so that spec:cancel can stop the load before it answers. */
  loadId: z.string().min(1).max(100).optional(),
  /** The size cap for the document plus its referenced files (default 50 MB). */
  maxSizeMb: z.number().positive().max(1024).optional(),
  /** Hosts external $refs may reach besides the document's own. */
  allowRefHosts: z.array(z.string().min(1).max(300)).max(50).optional(),
});

export const specCancelInput = z.object({ loadId: z.string().min(1).max(100) });
export const specOperationInput = z.object({ loadId: z.string().min(1).max(100), opKey: z.string().min(1).max(100_000) });

/** One chunk of a file picked for a request body (the renderer reads files a slice at a time). */
export const filesStageInput = z.object({
  uploadId: z.string().min(1).max(100).optional(),
  name: z.string().max(1024),
  mediaType: z.string().max(256).optional(),
  offset: z.number().int().min(0),
  chunkBase64: z.string().max(8 * 1024 * 1024),
});

/** OAuth 2.0 client credentials or password flow, run by the main process. */
export const authTokenInput = z.object({
  flow: z.enum(['clientCredentials', 'password']),
  tokenUrl: z.string().min(1).max(8192),
  clientId: z.string().max(1024).optional(),
  clientSecret: z.string().max(4096).optional(),
  username: z.string().max(1024).optional(),
  password: z.string().max(4096).optional(),
  scopes: z.string().max(4096).optional(),
  /** Sent as `audience` (Auth0, Okta and others pick the API by it). */
  audience: z.string().max(2048).optional(),
  fresh: z.boolean().optional(),
  refreshUrl: z.string().min(1).max(8192).optional(),
});

const environmentInput = z.object({
  id: z.string().min(1).max(ENVIRONMENT_LIMITS.idChars),
  name: z.string().max(ENVIRONMENT_LIMITS.nameChars),
  variables: z.array(z.object({ name: z.string().max(ENVIRONMENT_LIMITS.nameChars), value: z.string().max(ENVIRONMENT_LIMITS.valueChars), secret: z.boolean() })).max(ENVIRONMENT_LIMITS.variablesPerEnvironment),
});
export const envLoadInput = z.object({}).strict();
/** Secret values are kept apart; without a keychain they are written only when persistPlainSecrets is true. */
export const envSaveInput = z.object({ environments: z.array(environmentInput).max(ENVIRONMENT_LIMITS.environments), activeId: z.string().max(ENVIRONMENT_LIMITS.idChars).optional(), persistPlainSecrets: z.boolean() });
export const specRecentInput = z.object({}).strict();

/** What the renderer asks the main process to send (RequestDescription in shared/request/request-model.ts). */
const expectedResponses = z
  .array(
    z.object({
      status: z.string().max(16),
      content: z.array(z.object({ mediaType: z.string().max(256), schema: z.record(z.string(), z.unknown()).optional() })).max(100).readonly(),
      requiredHeaders: z.array(z.string().max(256)).max(100).readonly().optional(),
    }),
  )
  .max(200)
  .readonly();
const route = z.object({ method: z.string().max(16), path: z.string().max(8192) });

export const requestSendInput = z.object({
  method: httpMethod,
  url: z.string().min(1).max(65536),
  headers: z.array(z.object({ name: z.string().max(8192), value: z.string().max(65536) })).max(500).readonly(),
  body: z
    .object({
      mediaType: z.string().max(256),
      text: z.string().max(MAX_REQUEST_BODY_CHARS),
      /** multipart/form-data: the parts, sent instead of `text`; the main process picks the boundary. */
      parts: z
        .array(
          /** One part: a text value, or a file staged in the main process (files:stage). */
          z.object({ name: z.string().max(1024), value: z.string().max(MAX_REQUEST_BODY_CHARS).optional(), fileId: z.string().max(100).optional(), filename: z.string().max(1024).optional(), mediaType: z.string().max(256).optional() }),
        )
        .max(1000)
        .readonly()
        .optional(),
      /** A body that is one staged file (binary upload), sent instead of `text`. */
      fileId: z.string().max(100).optional(),
    })
    .optional(),
  /** Overall deadline for the exchange (all redirects and the whole body), in milliseconds. */
  timeoutMs: z.number().int().positive().max(3_600_000).optional(),
  /** Chosen by the renderer so it can cancel this exchange and match its progress events. */
  requestId: z.string().min(1).max(128).optional(),
  /** The operation this was sent from (its model key), kept in history. */
  opKey: z.string().max(1024).optional(),
  /** Redirects followed before the last 3xx is shown as the answer; 0 shows the first 3xx. */
  maxRedirects: z.number().int().min(0).max(50).optional(),
  /** Accept an invalid TLS certificate for this one exchange only (shown on the response). */
  allowInvalidCertificate: z.boolean().optional(),
  /** Decoded bytes kept in memory; a larger body goes to a temp file (compressed ones stop here). */
  maxBodyBytes: z.number().int().positive().max(2 * 1024 * 1024 * 1024).optional(),
  /** Secret values (auth, secret environment variables) to mask wherever this request is recorded; never sent. */
  secretValues: z.array(z.string().max(65536)).max(100).readonly().optional(),
  /**
   * Header and query names that carry credentials here beyond the well-known ones: those of the
   * auth applied and of the document's security schemes (shared/security/credential-names.ts).
   * Never sent; redirects drop them and history masks their values.
   */
  credentialNames: z.object({ headers: z.array(z.string().max(256)).max(100).readonly(), query: z.array(z.string().max(256)).max(100).readonly() }).optional(),
  /** Digest or AWS SigV4 credentials: the main process answers the challenge or signs the bytes at send time. Never sent as is, never recorded. */
  signing: requestSigningInput.optional(),
  /** The cookie jar to send with and fill (an environment's id); none when absent. */
  cookieJar: z.string().min(1).max(100).optional(),
  /**
   * The collection a saved request belongs to (the collections folder and the request's id): its collection.json's
   * `tls` goes over the app's certificates for this send, as in a run; `variables` fill its {{passphrase}}
   * references. Never sent, never recorded.
   */
  fromCollection: z
    .object({ root: z.string().min(1).max(4096), id: z.string().min(1).max(2048), variables: z.record(z.string().max(256), z.string().max(65536)).optional() })
    .optional(),
  /** Automatic retries in the main process (off when absent); only idempotent or keyed requests are retried (RetryPolicy). */
  retry: z
    .object({
      maxRetries: z.number().int().min(0).max(10),
      backoffMs: z.number().int().min(0).max(60_000),
      maxDelayMs: z.number().int().min(0).max(300_000).optional(),
      idempotency: z.enum(['safe', 'idempotent', 'not-idempotent']).optional(),
    })
    .optional(),
  /** What the spec declares for this operation's responses; the answer is checked against it (ResponseExpectation). */
  expect: z
    .object({
      specVersion: z.string().max(32),
      responses: expectedResponses,
      schemaDefs: z.record(z.string(), z.record(z.string(), z.unknown())),
      operation: route.optional(),
      redirectTargets: z
        .object({ routes: z.array(route.extend({ responses: expectedResponses })).max(REDIRECT_TARGETS_LIMIT).readonly(), schemaDefs: z.record(z.string(), z.record(z.string(), z.unknown())) })
        .optional(),
      optionalNullSlip: z.boolean().optional(),
    })
    .optional(),
});

export const requestCancelInput = z.object({ requestId: z.string().min(1).max(128) });

export const historyListInput = z.object({ query: z.string().max(1024).optional(), limit: z.number().int().positive().max(10_000).optional() });
export const historyGetInput = z.object({ id: z.string().min(1).max(64) });
export const historyClearInput = z.object({}).strict();
export const responseReadFileInput = z.object({ id: z.string().min(1).max(64), offset: z.number().int().min(0), length: z.number().int().positive().max(8 * 1024 * 1024) });

export const demoStartInput = z.object({}).strict();

/** The idempotency check (issue 6): the request to send twice and how to read the state after each send. */
export const idempotencyCheckInput = z.object({
  request: requestSendInput,
  plan: z.object({
    readUrl: z.string().min(1).max(65536).optional(),
    readScope: z.enum(['resource', 'collection', 'created']).optional(),
    createdId: z.object({ parameter: z.string().min(1).max(200), link: z.string().max(2000).optional() }).optional(),
    key: z.string().max(1024).optional(),
    noun: z.string().max(200),
  }),
});

export interface DemoInfo {
  readonly baseUrl: string;
  readonly specUrl: string;
}

/** The request as shown (already redacted as the person chose) and the language to write it in. */
export const requestSnippetInput = z.object({
  request: requestSendInput.pick({ method: true, url: true, headers: true, body: true, signing: true }),
  language: z.enum(SNIPPET_LANGUAGE_IDS),
});

interface ChannelSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Type-only marker: never set at run time. */
  readonly output?: O;
  /**
   * The handler answers with the value's JSON text (JsonText<O>), which both transports pass on as
   * is and the page parses once: a 13 MB document's model is then one string to copy, not an
   * object graph to stringify or structured-clone in the main process.
   */
  readonly jsonText?: true;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input });
}

function jsonTextChannel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> & { readonly jsonText: true } => ({ input, jsonText: true });
}

export const contract = {
  /** The model at once; a large document's outline and the validation problems follow as spec:outline and spec:problems events with the same loadId. */
  'spec:load': jsonTextChannel<LoadedSpec>()(specLoadInput),
  'request:send': channel<ResponseSnapshot>()(requestSendInput),
  /** Copy as code: the request written in another language (see shared/request/snippet-languages.ts). */
  'request:snippet': channel<{ code: string; note?: string }>()(requestSnippetInput),
  'demo:start': channel<DemoInfo>()(demoStartInput),
  /** Sends twice, reads the state after each send, and judges: idempotent, not, or inconclusive. */
  'idempotency:check': channel<CheckReport>()(idempotencyCheckInput),
  /** True when the request was still running and is now stopped. */
  'request:cancel': channel<boolean>()(requestCancelInput),
  'spec:cancel': channel<boolean>()(specCancelInput),
  /** While spec:load of `loadId` still builds a large document's model: the document with only operation `opKey`, normalized alone (no problems). */
  'spec:operation': jsonTextChannel<LoadedSpec>()(specOperationInput),
  /** The staged upload's id and the bytes staged so far. */
  'files:stage': channel<{ fileId: string; bytes: number }>()(filesStageInput),
  /** An OAuth 2.0 access token fetched by the main process, cached until it expires. */
  'auth:token': channel<{ accessToken: string; tokenType: string; expiresAt?: number; cached: boolean; refreshed?: boolean }>()(authTokenInput),
  /** An openIdConnect scheme's endpoints, from its discovery document. */
  'auth:discover': channel<DiscoveredEndpoints>()(discoverInput),
  /** Begins an authorization code (PKCE, loopback redirect) or device login; `auth:login-wait` gives its token. */
  'auth:login-start': channel<LoginStart>()(loginStartInput),
  'auth:login-wait': channel<LoginResult>()(loginIdInput),
  'auth:login-cancel': channel<boolean>()(loginIdInput),
  /** What Auth shows of a stored login token (never the token); no status when there is none. */
  'auth:token-status': channel<{ status?: TokenStatus }>()(tokenKeyInput),
  /** The stored token to send now, refreshed first when it is about to expire; login-needed when there is none. */
  'auth:token-use': channel<LoginResult>()(tokenKeyInput),
  'auth:token-refresh': channel<LoginResult>()(tokenKeyInput),
  'auth:token-clear': channel<boolean>()(tokenKeyInput),
  /** Allows the stored token to be sent to one more API origin (the person said so); the token with its origins. */
  'auth:token-allow-origin': channel<LoginResult>()(tokenOriginInput),
  /** Stops the stored token from going to one of its API origins (the person said so); the token with the origins left. */
  'auth:token-revoke-origin': channel<LoginResult>()(tokenOriginInput),
  'env:load': channel<EnvironmentsSnapshot>()(envLoadInput),
  'env:save': channel<{ secretStorage: SecretStorage }>()(envSaveInput),
  'spec:recent': channel<RecentSpec[]>()(specRecentInput),
  /** Newest first, filtered by every word of the query. */
  'history:list': channel<HistorySummary[]>()(historyListInput),
  'history:get': channel<HistoryEntry>()(historyGetInput),
  /** How many entries were removed. */
  'history:clear': channel<number>()(historyClearInput),
  /** A chunk of a body that went to a temp file (base64), to save it whole. */
  'response:read-file': channel<{ base64: string; offset: number; totalBytes: number; eof: boolean }>()(responseReadFileInput),
  /** Every collection in the collections folder, broken files included (issue 7). */
  'collection:list': channel<CollectionsOverview>()(collectionListInput),
  'collection:create': channel<{ id: string }>()(collectionCreateInput),
  'collection:create-folder': channel<{ id: string }>()(collectionCreateFolderInput),
  'collection:save': channel<{ id: string }>()(collectionSaveInput),
  'collection:rename': channel<{ id: string }>()(collectionRenameInput),
  'collection:duplicate': channel<{ id: string }>()(collectionIdInput),
  /** Moves the entry to the trash; collection:restore with the trash id undoes it. */
  'collection:delete': channel<{ trashId: string }>()(collectionIdInput),
  'collection:restore': channel<{ id: string }>()(collectionRestoreInput),
  /** Switches to a folder the user picked and lists it. */
  'collection:set-root': channel<CollectionsOverview>()(collectionSetRootInput),
  /** A new collection from a file's text or a Bruno folder (format detected), Postman JSON, curl commands or a tree made from the open spec. */
  'collection:import': channel<{ id: string; environments: readonly ImportedEnvironment[] }>()(collectionImportInput),
  /** What that import would create (name, folders, request count, environments, what is left out); writes nothing. */
  'collection:import-preview': channel<ImportSummary>()(collectionImportPreviewInput),
  'collection:export': channel<{ text: string; fileName: string }>()(collectionExportInput),
  'collection:move': channel<{ id: string }>()(collectionMoveInput),
  /** The collections folders opened lately, newest first, each checked on disk. */
  'collection:recent': channel<RecentCollections>()(collectionRecentInput),
  /** Drops a folder from that list and gives the list again. */
  'collection:forget-recent': channel<RecentCollections>()(collectionForgetRecentInput),
  /** Runs a collection or folder to the end (issue 8); each step arrives first as a runner:step event. */
  'runner:start': channel<RunReport>()(runnerStartInput),
  /** True when the run was going and is now stopping (after the request in flight). */
  'runner:stop': channel<boolean>()(runnerStopInput),
  /** Verifies an API against its document (issue 15), the engine of `roundtrip verify`; each check arrives first as a verify:check event. */
  'verify:start': channel<VerifyReport>()(verifyStartInput),
  /** True when the run was going and is now stopping (checks not begun are skipped). */
  'verify:stop': channel<boolean>()(verifyStopInput),
  /** The app's client certificates and extra CAs (passphrases never leave the main process). */
  'tls:load': channel<TlsSettingsView>()(tlsLoadInput),
  /** Checks every file and passphrase, then saves; refused with what is wrong, nothing written. */
  'tls:save': channel<TlsSettingsView>()(tlsSaveInput),
  /** The cookies of one jar (an environment's). */
  'cookies:list': channel<CookieView[]>()(cookiesListInput),
  /** Adds or replaces a cookie by hand; answers the jar. */
  'cookies:set': channel<CookieView[]>()(cookiesSetInput),
  'cookies:delete': channel<CookieView[]>()(cookiesDeleteInput),
  /** How many cookies were removed. */
  'cookies:clear': channel<number>()(cookiesClearInput),
} satisfies Record<Channel, ChannelSpec<z.ZodType, unknown>>;

type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type OutputOf<C extends Channel> = NonNullable<Contract[C]['output']>;

/** The object the renderer talks to, whatever the transport underneath. */
export type Api = { readonly [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

/** What channel C's handler answers: the value, or its JSON text for a channel declared so. */
export type HandlerOutputOf<C extends Channel> = Contract[C] extends { readonly jsonText: true } ? JsonText<OutputOf<C>> : OutputOf<C>;

/** What the main process implements for each channel; dispatch validates input first. */
export type Handlers = { readonly [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<HandlerOutputOf<C>> };

/** True when `channel`'s handler answers with JSON text, for the transports to pass on as is. */
export function answersWithJsonText(channel: Channel): boolean {
  const spec: ChannelSpec<z.ZodType, unknown> = contract[channel];
  return spec.jsonText === true;
}
