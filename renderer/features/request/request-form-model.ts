/** What one operation's form holds (only what the person typed: what happened is in the exchange store), and how a fresh form is filled from the document. */
import type { JsonSchema, OperationModel, ParameterModel, ServerModel } from '../../../shared/model/api-model';
import { paramKey } from '../../../shared/request/build-request';
import { bodyStart } from '../../../shared/request/body-start';
import { isIdempotencyKeyHeader } from '../../../shared/idempotency/idempotency-key-header';
import type { ExtraParam, KeyPlace } from '../../../shared/collections/form-values';
import type { RequestTests } from '../../../shared/runner/test-edits';

export interface RequestForm {
  readonly serverIndex: number;
  /** Values of the picked server's variables. */
  readonly serverVars: Readonly<Record<string, string>>;
  /**
   * Where the saved request this form was filled from sends ("{{baseUrl}}" or a literal base): it wins over
   * the picked server until the person picks one or types another base, so the form sends where the file said.
   */
  readonly savedBase?: string;
  readonly params: Readonly<Record<string, string>>;
  readonly mediaType?: string;
  /** Body text per media type, so switching type and back loses nothing. */
  readonly bodies: Readonly<Record<string, string>>;
  /** Send was pressed once: from then on problems show next to their fields. */
  readonly attempted: boolean;
  /** An Idempotency-Key the person added to a POST/PATCH whose document declares none. */
  readonly addedKey?: string;
  /** Where the added key's header sat in the file the form was opened from: sent and saved there again. */
  readonly addedKeyPlace?: KeyPlace;
  /** Keep the key even when method, URL or body change after a send (otherwise such a send gets a fresh key). */
  readonly keyPinned?: boolean;
  /** The resend guard is off for this request. */
  readonly guardOff?: boolean;
  /** Automatic retry for this request: off unless switched on. */
  readonly autoRetry?: AutoRetrySettings;
  /** Headers and query values of an opened saved request that the operation does not declare (sent too). */
  readonly extras?: readonly ExtraParam[];
  /**
   * The added key a file holds (the saved request was opened with it, or saved with it), and the request beside it
   * (keyIntentOf): sent or saved with another method, URL or body before the key goes out from this form, the key is
   * renewed as after a send (it names the file's request).
   */
  readonly keyOpenedWith?: { readonly key: string; readonly intent: string };
  /** The Tests tab's assertions and captures; undefined until a saved request loads them or the person writes one. */
  readonly tests?: RequestTests;
}

export interface AutoRetrySettings {
  readonly on: boolean;
  readonly maxRetries: number;
  readonly backoffMs: number;
}

/** Off, with a modest count and backoff ready for when it is switched on. */
export const DEFAULT_AUTO_RETRY: AutoRetrySettings = { on: false, maxRetries: 3, backoffMs: 500 };

/** A fresh random key for a new logical request (UUID v4, as the Idempotency-Key draft suggests). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** A value from the document (default, example) as form text; arrays become comma-separated. */
export function valueAsText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(valueAsText).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The body a fresh form starts with, as editor text: strings as they are, the rest pretty JSON.
 * A body edited as fields keeps only the required part of the example, so nothing optional is sent unasked.
 */
export function exampleBodyText(op: OperationModel, mediaType: string, defs: Readonly<Record<string, JsonSchema>>): string {
  const media = op.requestBody?.content.find((m) => m.mediaType === mediaType);
  if (!media) return '';
  const example = bodyStart(media, defs, op.method);
  if (example === undefined) return '';
  if (typeof example === 'string') return example;
  return JSON.stringify(example, null, 2);
}

/** The default values of a server's variables. */
export function serverDefaults(server: ServerModel | undefined): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, variable] of Object.entries(server?.variables ?? {})) vars[name] = variable.default;
  return vars;
}

/** The document's default for a parameter, if it has one. */
export function paramDefault(param: ParameterModel): unknown {
  return param.schema['default'];
}

/** The first media type worth editing: JSON when offered, otherwise the first listed. */
export function preferredMediaType(op: OperationModel): string | undefined {
  const content = op.requestBody?.content ?? [];
  const json = content.find((m) => /[/+]json\b/i.test(m.mediaType));
  return (json ?? content[0])?.mediaType;
}

/** The form key of the operation's declared idempotency-key header parameter, if it has one. */
export function keyParamKey(op: OperationModel): string | undefined {
  const param = op.parameters.find((p) => p.in === 'header' && isIdempotencyKeyHeader(p.name));
  return param === undefined ? undefined : paramKey(param);
}

/** A fresh form: first server, defaults in the fields, a fresh Idempotency-Key, the example in the body editor. */
export function initialForm(op: OperationModel, defs: Readonly<Record<string, JsonSchema>>, newKey: () => string = newIdempotencyKey): RequestForm {
  const params: Record<string, string> = {};
  for (const param of op.parameters) params[paramKey(param)] = valueAsText(paramDefault(param));
  const keyParam = keyParamKey(op);
  if (keyParam !== undefined) params[keyParam] = newKey();
  const mediaType = preferredMediaType(op);
  const bodies: Record<string, string> = {};
  for (const media of op.requestBody?.content ?? []) bodies[media.mediaType] = exampleBodyText(op, media.mediaType, defs);
  return { serverIndex: 0, serverVars: serverDefaults(op.servers[0]), params, mediaType, bodies, attempted: false };
}

/** What of `form` makes the request a key names (server, base, fields, body, extras), as one comparable string; not the key itself. */
export function keyIntentOf(form: RequestForm): string {
  const params = Object.entries(form.params).filter(([key, value]) => value !== '' && !(key.startsWith('header:') && isIdempotencyKeyHeader(key.slice(7))));
  const body = form.mediaType === undefined ? undefined : (form.bodies[form.mediaType] ?? '');
  return JSON.stringify([form.serverIndex, sorted(Object.entries(form.serverVars)), form.savedBase ?? null, sorted(params), form.mediaType ?? null, body ?? null, form.extras ?? []]);
}

function sorted(entries: [string, string][]): [string, string][] {
  return [...entries].sort(([a], [b]) => a.localeCompare(b));
}

/** `form` without a saved request's base: it sends to the picked server (or the base typed over it) again. */
export function withoutSavedBase(form: RequestForm): RequestForm {
  const rest: { -readonly [K in keyof RequestForm]: RequestForm[K] } = { ...form };
  delete rest.savedBase;
  return rest;
}
