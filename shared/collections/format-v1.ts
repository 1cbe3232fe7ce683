/**
 * Version 1 of the saved collection format: one file per request, one small file for the
 * collection and each folder. Every file says which kind and version it is.
 */
import { z } from 'zod';
import { collectionTlsSchema } from '../tls/tls-settings';
import { cappedString } from './field-limits';

export const FORMAT_VERSION = 1;

const method = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE']);

const keyValue = z.object({
  name: cappedString('name'),
  value: cappedString('text', 'value'),
  /** Kept but not sent (a header the user switched off); absent means on. */
  disabled: z.boolean().optional(),
  description: cappedString('text', 'description').optional(),
});

/** A variable; a secret one is written without its value (the value lives only in the app). */
export const variableV1 = z.object({
  key: cappedString('name', 'key'),
  value: cappedString('text', 'value').optional(),
  secret: z.boolean().optional(),
  description: cappedString('text', 'description').optional(),
});

export const authV1 = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  /** Use the folder's or collection's auth. */
  z.object({ type: z.literal('inherit') }),
  z.object({ type: z.literal('basic'), username: cappedString('text', 'username'), password: cappedString('text', 'password') }),
  z.object({ type: z.literal('bearer'), token: cappedString('text', 'token') }),
  z.object({ type: z.literal('apikey'), name: cappedString('name'), value: cappedString('text', 'value'), in: z.enum(['header', 'query']) }),
  /** HTTP Digest (RFC 7616): the answer to the server's challenge is computed by the main process when it is sent. */
  z.object({ type: z.literal('digest'), username: cappedString('text', 'username'), password: cappedString('text', 'password') }),
  /** AWS Signature Version 4 (as Postman's awsv4): the main process signs the exact bytes sent. */
  z.object({
    type: z.literal('awsv4'),
    accessKey: cappedString('text', 'access key'),
    secretKey: cappedString('text', 'secret key'),
    sessionToken: cappedString('text', 'session token').optional(),
    region: cappedString('name', 'region'),
    service: cappedString('name', 'service'),
  }),
  /** OAuth 2.0 (as Postman holds it): the token is sent as a Bearer token; fetching one is the app's job. */
  z.object({
    type: z.literal('oauth2'),
    grantType: cappedString('name', 'grant type'),
    accessTokenUrl: cappedString('url').optional(),
    /** authorization_code: where the person logs in; device_code: where the device code is asked for (RFC 8628). */
    authUrl: cappedString('url').optional(),
    clientId: cappedString('text', 'client id').optional(),
    clientSecret: cappedString('text', 'client secret').optional(),
    scope: cappedString('text', 'scope').optional(),
    /** The API the token is for, sent as `audience` on the token and login requests (Auth0, Okta and others ask for it). */
    audience: cappedString('text', 'audience').optional(),
    accessToken: cappedString('text', 'access token').optional(),
  }),
]);

const formPart = z.object({
  name: cappedString('name'),
  value: cappedString('text', 'value').optional(),
  /** A file on disk, sent as this part (a path as the user picked it). */
  file: cappedString('text', 'file path').optional(),
  mediaType: cappedString('name', 'media type').optional(),
  disabled: z.boolean().optional(),
});

export const bodyV1 = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }),
  z.object({ mode: z.literal('raw'), mediaType: cappedString('name', 'media type'), text: cappedString('body') }),
  z.object({ mode: z.literal('urlencoded'), fields: z.array(keyValue) }),
  z.object({ mode: z.literal('form-data'), parts: z.array(formPart) }),
  z.object({ mode: z.literal('file'), file: cappedString('text', 'file path'), mediaType: cappedString('name', 'media type').optional() }),
]);

/**
 * A query or cookie parameter whose {{variables}} the form serializes other than as one plain value: an array
 * (a value "1,2,3" is three items) or one that keeps reserved characters. A run fills its variables the same way.
 */
const paramFill = z.object({
  in: z.enum(['query', 'cookie']),
  name: cappedString('name', 'parameter name'),
  style: cappedString('name', 'style').optional(),
  explode: z.boolean().optional(),
  allowReserved: z.boolean().optional(),
  array: z.boolean().optional(),
});

/** The operation of a spec a request was made from, so a changed spec can be matched against it. */
const operationLink = z.object({
  /** "GET /items/{id}" as the normalizer keys it. */
  key: cappedString('url', 'operation key'),
  operationId: cappedString('name', 'operationId').optional(),
  /** A digest of the operation's shape when saved (see operation-signature.ts): a different one means the spec changed it. */
  signature: cappedString('name', 'signature').optional(),
  /** How the form serialized the parameters whose {{variables}} are not plain values (see fill-param-value.ts). */
  params: z.array(paramFill).optional(),
});

/** One piece of an imported script (Postman's pm.* code) that Roundtrip does not run. */
export const scriptNote = z.object({
  /** The script it came from: a test (after the answer) or a pre-request script. */
  event: z.enum(['test', 'prerequest']),
  /** Its first line in that script (1-based). */
  line: z.number().int().positive(),
  /** The code as written, with the declarations it refers to. */
  code: cappedString('text', 'script note'),
  /** The pm.test it was inside, so an export puts it back there. */
  test: cappedString('name', 'test name').optional(),
  /** Always true: a note is kept, never run. */
  disabled: z.literal(true),
});

export const savedRequestV1 = z.object({
  format: z.literal('roundtrip.request'),
  version: z.literal(1),
  name: cappedString('name'),
  method,
  url: cappedString('url'),
  headers: z.array(keyValue),
  body: bodyV1,
  auth: authV1,
  description: cappedString('text', 'description').optional(),
  operation: operationLink.optional(),
  /** The Idempotency-Key choice: send a fresh key per new intent, none, or a fixed one. */
  idempotencyKey: z.object({ policy: z.enum(['auto', 'off', 'fixed']), header: cappedString('name', 'header').optional(), value: cappedString('name', 'key').optional() }).optional(),
  settings: z
    .object({
      followRedirects: z.boolean().optional(),
      maxRedirects: z.number().int().min(0).optional(),
      allowInvalidCertificate: z.boolean().optional(),
      timeoutMs: z.number().int().positive().optional(),
      cookies: cappedString('text', 'cookies').optional(),
    })
    .optional(),
  /** Checks on the response (for the runner): kept as given, run by later versions. */
  assertions: z.array(z.record(cappedString('name', 'field name'), z.unknown())).optional(),
  /** Values read from the response into run variables ({{name}} in later requests); see shared/runner. */
  captures: z.array(z.record(cappedString('name', 'field name'), z.unknown())).optional(),
  /** Secret variables this request refers to instead of holding credentials in clear (see secrets.ts). */
  needsSecrets: z.array(cappedString('name', 'secret name')).optional(),
  /** Script code an import could not translate into assertions or captures: kept verbatim for a person, never run. */
  scriptNotes: z.array(scriptNote).optional(),
});

export const folderV1 = z.object({
  format: z.literal('roundtrip.folder'),
  version: z.literal(1),
  name: cappedString('name'),
  description: cappedString('text', 'description').optional(),
  auth: authV1.optional(),
  /** Variables of this folder: they apply to the requests inside it, over the collection's of the same name. */
  variables: z.array(variableV1).optional(),
  /** File and folder names in the order the user arranged them; others follow by name. */
  order: z.array(cappedString('name', 'file name')).optional(),
});

export const collectionV1 = z.object({
  format: z.literal('roundtrip.collection'),
  version: z.literal(1),
  name: cappedString('name'),
  description: cappedString('text', 'description').optional(),
  auth: authV1.optional(),
  variables: z.array(variableV1),
  /** The OpenAPI document the collection was made from (a path or URL). */
  spec: z.object({ source: cappedString('url', 'spec source'), title: cappedString('name', 'spec title').optional() }).optional(),
  order: z.array(cappedString('name', 'file name')).optional(),
  /** Client certificates and CAs for this collection's runs: paths relative to the collection folder, passphrases as {{variables}}. */
  tls: collectionTlsSchema.optional(),
});

export type SavedRequest = z.infer<typeof savedRequestV1>;
export type FolderFile = z.infer<typeof folderV1>;
export type CollectionFile = z.infer<typeof collectionV1>;
export type Auth = z.infer<typeof authV1>;
export type Body = z.infer<typeof bodyV1>;
export type Variable = z.infer<typeof variableV1>;
export type KeyValue = z.infer<typeof keyValue>;
export type FormPart = z.infer<typeof formPart>;
export type ScriptNote = z.infer<typeof scriptNote>;
export type ParamFill = z.infer<typeof paramFill>;
