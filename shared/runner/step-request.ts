/** Turns a planned step and the run's variables into the request to send. */
import { base64Utf8 } from '../auth/base64';
import type { Auth, Body, KeyValue } from '../collections/format-v1';
import { substitute } from '../environments/substitute';
import type { HeaderEntry, RequestBody, RequestDescription } from '../request/request-model';
import { mergeCredentialNames, type CredentialNames } from '../security/credential-names';
import type { PlannedStep } from './run-plan';

export type BuiltStep = { readonly ok: true; readonly request: RequestDescription; readonly unknown: readonly string[] } | { readonly ok: false; readonly message: string };

export interface StepOptions {
  readonly timeoutMs?: number;
  /** A fresh Idempotency-Key for steps whose policy is "auto" (one per send). */
  readonly newKey?: () => string;
  /** Credential names the collection's document declares (its security schemes), beyond the step's own auth. */
  readonly credentialNames?: CredentialNames;
}

/** The request for `step` with {{variables}} filled in; unknown variables are listed, not fatal. */
export function buildStepRequest(step: PlannedStep, variables: Readonly<Record<string, string>>, options: StepOptions = {}): BuiltStep {
  const unknown = new Set<string>();
  const fill = (text: string): string => {
    const result = substitute(text, variables);
    for (const name of result.unknown) unknown.add(name);
    return result.text;
  };
  const saved = step.request;
  let url = fill(saved.url);
  const headers: HeaderEntry[] = enabled(saved.headers).map((h) => ({ name: fill(h.name), value: fill(h.value) }));
  const auth = applyAuth(step.auth, fill);
  headers.push(...auth.headers);
  if (auth.query) url = withQuery(url, auth.query);
  const key = saved.idempotencyKey;
  if (key && key.policy !== 'off' && !headers.some((h) => h.name.toLowerCase() === (key.header ?? 'Idempotency-Key').toLowerCase())) {
    const value = key.policy === 'fixed' ? fill(key.value ?? '') : options.newKey?.();
    if (value !== undefined && value !== '') headers.push({ name: key.header ?? 'Idempotency-Key', value });
  }
  const body = buildBody(saved.body, fill, variables);
  if (typeof body === 'string') return { ok: false, message: `${step.name}: ${body}` };
  if (body && !headers.some((h) => h.name.toLowerCase() === 'content-type')) headers.push({ name: 'Content-Type', value: body.mediaType });
  const timeoutMs = options.timeoutMs ?? saved.settings?.timeoutMs;
  const credentialNames = mergeCredentialNames(auth.names, options.credentialNames);
  const request: RequestDescription = {
    method: saved.method === 'TRACE' ? 'GET' : saved.method,
    url,
    headers,
    ...(body ? { body } : {}),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(saved.settings?.maxRedirects === undefined ? {} : { maxRedirects: saved.settings.maxRedirects }),
    ...(saved.settings?.followRedirects === false ? { maxRedirects: 0 } : {}),
    ...(saved.settings?.allowInvalidCertificate === true ? { allowInvalidCertificate: true } : {}),
    ...(saved.operation ? { opKey: saved.operation.key } : {}),
    ...(auth.secrets.length > 0 ? { secretValues: auth.secrets } : {}),
    ...(credentialNames === undefined ? {} : { credentialNames }),
  };
  return { ok: true, request, unknown: [...unknown] };
}

function enabled<T extends { readonly disabled?: boolean | undefined }>(rows: readonly T[]): T[] {
  return rows.filter((row) => row.disabled !== true);
}

interface StepAuth {
  readonly headers: HeaderEntry[];
  readonly query?: [string, string];
  /** The values the auth adds, masked wherever the exchange is recorded. */
  readonly secrets: string[];
  /** The header or query name an API key goes under, whatever it is called. */
  readonly names?: CredentialNames;
}

function applyAuth(auth: Auth, fill: (text: string) => string): StepAuth {
  switch (auth.type) {
    case 'basic': {
      const password = fill(auth.password);
      const encoded = base64Utf8(`${fill(auth.username)}:${password}`);
      return { headers: [{ name: 'Authorization', value: `Basic ${encoded}` }], secrets: [encoded, password].filter((s) => s !== '') };
    }
    case 'bearer': {
      const token = fill(auth.token);
      return { headers: [{ name: 'Authorization', value: `Bearer ${token}` }], secrets: token === '' ? [] : [token] };
    }
    case 'apikey': {
      const [name, value] = [fill(auth.name), fill(auth.value)];
      const secrets = value === '' ? [] : [value];
      return auth.in === 'header'
        ? { headers: [{ name, value }], secrets, names: { headers: [name], query: [] } }
        : { headers: [], query: [name, value], secrets, names: { headers: [], query: [name] } };
    }
    default:
      return { headers: [], secrets: [] };
  }
}

function withQuery(url: string, [name, value]: [string, string]): string {
  return `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

function buildBody(body: Body, fill: (text: string) => string, variables: Readonly<Record<string, string>>): RequestBody | undefined | string {
  switch (body.mode) {
    case 'none':
      return undefined;
    case 'raw':
      return { mediaType: body.mediaType, text: isJson(body.mediaType) ? jsonSafe(body.text, variables, fill) : fill(body.text) };
    case 'urlencoded':
      return { mediaType: 'application/x-www-form-urlencoded', text: enabled(body.fields).map((f: KeyValue) => `${encodeURIComponent(fill(f.name))}=${encodeURIComponent(fill(f.value))}`).join('&') };
    case 'form-data': {
      const parts = enabled(body.parts);
      if (parts.some((p) => p.file !== undefined)) return 'file parts are not sent by the runner yet; use a text part or run this request from the app';
      return { mediaType: 'multipart/form-data', text: '', parts: parts.map((p) => ({ name: fill(p.name), value: fill(p.value ?? ''), ...(p.mediaType === undefined ? {} : { mediaType: p.mediaType }) })) };
    }
    case 'file':
      return 'a file body is not sent by the runner yet; run this request from the app';
  }
}

function isJson(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}

// Inside a JSON string a value is escaped; a {{var}} standing alone is meant raw ({"id": {{id}}}).
function jsonSafe(text: string, variables: Readonly<Record<string, string>>, fill: (text: string) => string): string {
  const escaped = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, JSON.stringify(v).slice(1, -1)]));
  return text.replace(/("(?:[^"\\]|\\.)*")|\{\{\s*(\$?[\w.-]+)\s*\}\}/g, (whole, str: string | undefined) => {
    if (str === undefined) return fill(whole);
    const result = substitute(str, escaped);
    // Unknown names are reported through `fill`, which leaves them as typed.
    if (result.unknown.length > 0) fill(result.unknown.map((name) => `{{${name}}}`).join(''));
    return result.text;
  });
}
