/**
 * Form bodies (application/x-www-form-urlencoded, multipart/form-data) and file bodies. Their editor
 * keeps the fields as a JSON object in the body text; files appear there as references to uploads the
 * main process staged ({"$file": id, ...}), so file contents never pass through the renderer whole.
 */
import type { BodyPart } from './request-model';
import { asRecord } from '../values/is-record';

/** A file staged in the main process, as the form keeps it. */
export interface FileRef {
  readonly $file: string;
  readonly name: string;
  readonly size: number;
  readonly type?: string;
}

export type FormBodyKind = 'urlencoded' | 'multipart' | 'file';

function essence(mediaType: string): string {
  return mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** True for application/x-www-form-urlencoded, whatever its parameters. */
export function isUrlEncodedMediaType(mediaType: string): boolean {
  return essence(mediaType) === 'application/x-www-form-urlencoded';
}

/** Which kind of form or file body a media type calls for; undefined for text bodies. */
export function formBodyKind(mediaType: string, schema?: Readonly<Record<string, unknown>>): FormBodyKind | undefined {
  const type = essence(mediaType);
  if (type === 'application/x-www-form-urlencoded') return 'urlencoded';
  if (type === 'multipart/form-data' || type === 'multipart/mixed') return 'multipart';
  if (type === 'application/octet-stream' || schema?.format === 'binary' || schema?.contentMediaType !== undefined) return 'file';
  if (/^(image|audio|video)\//.test(type) || type === 'application/pdf' || type === 'application/zip') return 'file';
  return undefined;
}

/**
 * A file part of a saved request, reopened: the file names the file it sent, but the app reads files only
 * when the person picks them (the browser host is given content, never a path), so the form asks for it.
 */
export interface FileToPick {
  readonly $pick: string;
  /** The part's media type as saved, written back if the file is saved again unpicked. */
  readonly type?: string;
}

/** True for a file part waiting to be picked again. */
export function isFileToPick(value: unknown): value is FileToPick {
  return typeof value === 'object' && value !== null && typeof (value as { $pick?: unknown }).$pick === 'string';
}

/** True for a staged-file reference. */
export function isFileRef(value: unknown): value is FileRef {
  return typeof value === 'object' && value !== null && typeof (value as { $file?: unknown }).$file === 'string';
}

/** A form field's text: strings as they are, numbers and booleans written out, objects as JSON. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The form's fields from the body text: a JSON object, else nothing. */
export function formFields(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  try {
    const value = JSON.parse(text) as unknown;
    return asRecord(value) ?? {};
  } catch {
    return {};
  }
}

/** Name/value pairs in order; arrays repeat the name (form style, exploded: what servers read). */
export function pairs(fields: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(fields).flatMap(([name, value]): [string, unknown][] =>
    Array.isArray(value) ? value.map((item): [string, unknown] => [name, item]) : value === undefined ? [] : [[name, value]],
  );
}

/** One name or value as an urlencoded form carries it (as HTML forms encode it: spaces as "+"). */
export const encodeFormComponent = (text: string): string => encodeURIComponent(text).replace(/%20/g, '+');

/** application/x-www-form-urlencoded text of the fields (as HTML forms encode it: spaces as "+"). */
export function urlEncodedText(fields: Readonly<Record<string, unknown>>): string {
  return pairs(fields)
    .filter(([, value]) => !isFileRef(value))
    .map(([name, value]) => `${encodeFormComponent(name)}=${encodeFormComponent(fieldText(value))}`)
    .join('&');
}

/** The parts of a multipart body: text fields as they are, objects as JSON, files by their staged id. */
export function multipartParts(fields: Readonly<Record<string, unknown>>): BodyPart[] {
  return pairs(fields).map(([name, value]): BodyPart => {
    if (isFileRef(value)) return { name, fileId: value.$file, filename: value.name, ...(value.type ? { mediaType: value.type } : {}) };
    const json = typeof value === 'object' && value !== null;
    return json ? { name, value: JSON.stringify(value), mediaType: 'application/json' } : { name, value: fieldText(value) };
  });
}

/** The staged file of a file body, when its text holds one. */
export function bodyFile(text: string): FileRef | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return isFileRef(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
