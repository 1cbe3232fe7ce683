/**
 * The credential policy inside a body: the fields of a url-encoded form and the string fields of a
 * JSON document (at any depth) whose names are credential names (password, client_secret,
 * refresh_token; see credential-names.ts), found by their place in the text so they can be masked
 * or replaced there, whatever their length.
 */
import { parseTree, type Node } from 'jsonc-parser';
import { isCredentialFieldName } from './credential-names';

/** One credential field of a body text: its name, its value as read, and where its value's text lies. */
export interface CredentialField {
  readonly name: string;
  readonly value: string;
  /** The value's text in the body, [start, end): a url-encoded value as written, a JSON string with its quotes. */
  readonly start: number;
  readonly end: number;
}

type TextKind = 'urlencoded' | 'json';

// Only a text naming a field like a credential is worth parsing: bodies go by on every send.
const MAY_NAME_CREDENTIAL = /(?:token|secret|passw(?:or)?d|credentials?|signature|key)["=]/i;

function textKind(mediaType: string): TextKind | undefined {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (essence === 'application/x-www-form-urlencoded') return 'urlencoded';
  if (essence === 'application/json' || essence.endsWith('+json')) return 'json';
  return undefined;
}

function decodeFormText(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

type NamePolicy = (name: string) => boolean;

function urlEncodedFields(text: string, isCredential: NamePolicy): CredentialField[] {
  const out: CredentialField[] = [];
  let offset = 0;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && isCredential(decodeFormText(pair.slice(0, eq)))) {
      out.push({ name: decodeFormText(pair.slice(0, eq)), value: decodeFormText(pair.slice(eq + 1)), start: offset + eq + 1, end: offset + pair.length });
    }
    offset += pair.length + 1;
  }
  return out;
}

function jsonFields(text: string, isCredential: NamePolicy): CredentialField[] {
  const out: CredentialField[] = [];
  const walk = (node: Node | undefined): void => {
    if (node === undefined) return;
    if (node.type === 'property') {
      const [key, value] = node.children ?? [];
      if (typeof key?.value === 'string' && value?.type === 'string' && typeof value.value === 'string' && isCredential(key.value)) {
        out.push({ name: key.value, value: value.value, start: value.offset, end: value.offset + value.length });
        return;
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseTree(text));
  return out;
}

/** The credential fields of a url-encoded or JSON body text, in order (named as `isCredential` says); none for other media types. */
export function credentialFields(mediaType: string, text: string, isCredential: NamePolicy = isCredentialFieldName): CredentialField[] {
  const kind = textKind(mediaType);
  if (kind === undefined || !MAY_NAME_CREDENTIAL.test(text)) return [];
  return kind === 'urlencoded' ? urlEncodedFields(text, isCredential) : jsonFields(text, isCredential);
}

/**
 * `text` with the value of each credential field that `replace` answers for put in its place: a
 * url-encoded value as given (a {{reference}} or a mark, not encoded), a JSON value as a string.
 */
export function replaceCredentialFields(mediaType: string, text: string, replace: (field: CredentialField) => string | undefined): string {
  const fields = credentialFields(mediaType, text);
  if (fields.length === 0) return text;
  const json = textKind(mediaType) === 'json';
  let out = '';
  let from = 0;
  for (const field of fields) {
    const value = replace(field);
    if (value === undefined) continue;
    out += text.slice(from, field.start) + (json ? JSON.stringify(value) : value);
    from = field.end;
  }
  return out + text.slice(from);
}

/** The values of a body's credential fields: in its text, and its multipart text parts named like a credential. */
export function bodyCredentialValues(body: { readonly mediaType: string; readonly text: string; readonly parts?: readonly { readonly name: string; readonly value?: string | undefined }[] | undefined } | undefined): string[] {
  if (body === undefined) return [];
  const values = credentialFields(body.mediaType, body.text).map((field) => field.value);
  for (const part of body.parts ?? []) if (part.value !== undefined && isCredentialFieldName(part.name)) values.push(part.value);
  return values.filter((value) => value !== '');
}
