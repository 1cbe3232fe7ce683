/**
 * A form's body saved over the body it was opened from. The form holds its fields as one JSON object, so
 * what that cannot say comes back from the file: disabled parts and fields (each after the entry it
 * followed), a text part's media type (text/csv, a JSON part whose {{n}} is not quoted) and a JSON part's
 * own spelling while its value is unchanged, and a file part's path when the same file is picked again. What
 * the file holds is written back as it was. Disabled headers come back the same way.
 */
import { isJsonMediaType } from '../request/build-request';
import { isUrlEncodedMediaType } from '../request/form-body';
import { formFields } from '../request/form-fields';
import type { Body, FormPart, KeyValue } from './format-v1';
import { fileNameOf } from '../runner/step-files';

/** `fresh` (the form's body) with what `existing` held that the form cannot show put back. */
export function keepSavedBody(existing: Body, fresh: Body): Body {
  if (existing.mode === 'form-data' && fresh.mode === 'form-data') return { mode: 'form-data', parts: withDisabled(existing.parts, fresh.parts.map((part, index) => asSaved(part, counterpart(existing.parts, fresh.parts, index)))) };
  // The form writes its urlencoded body as the text it sends; a file that held fields keeps them, disabled ones too.
  if (existing.mode === 'urlencoded' && fresh.mode === 'raw' && isUrlEncodedMediaType(fresh.mediaType)) return { mode: 'urlencoded', fields: withDisabled(existing.fields, formFields(fresh.text)) };
  // A picked file body is saved without a name (the form holds only the staged file): the saved path stays, so a run still reads it.
  if (existing.mode === 'file' && fresh.mode === 'file' && fresh.file === '' && existing.file !== '') return { ...fresh, file: existing.file };
  return fresh;
}

/** The enabled entry of `existing` that the `index`th of `fresh` stands for: the same name, as many times over. */
function counterpart<T extends { readonly name: string; readonly disabled?: boolean | undefined }>(existing: readonly T[], fresh: readonly { readonly name: string }[], index: number): T | undefined {
  const name = fresh[index]?.name;
  const nth = fresh.slice(0, index).filter((entry) => entry.name === name).length;
  return existing.filter((entry) => entry.disabled !== true && entry.name === name)[nth];
}

// A text part that still says what the file said is the file's part, its media type and spelling with it; an edited one keeps its media type.
function asSaved(part: FormPart, saved: FormPart | undefined): FormPart {
  // The app is given a picked file's name, never its path: the same file picked again keeps the path the file gave it.
  if (saved?.file !== undefined && part.file !== undefined && part.file !== '' && saved.file !== part.file && fileNameOf(saved.file) === part.file) return { ...part, file: saved.file };
  if (saved === undefined || part.value === undefined || saved.value === undefined || saved.file !== undefined || part.file !== undefined) return part;
  if (part.value === saved.value || sameJson(part.value, saved.value, saved.mediaType)) return saved;
  // Edited, it is still the file's kind of part.
  return part.mediaType === undefined && saved.mediaType !== undefined ? { ...part, mediaType: saved.mediaType } : part;
}

function sameJson(fresh: string, saved: string, mediaType: string | undefined): boolean {
  if (mediaType === undefined || !isJsonMediaType(mediaType)) return false;
  try {
    return JSON.stringify(JSON.parse(fresh)) === JSON.stringify(JSON.parse(saved));
  } catch {
    return false;
  }
}

/** `fresh` (the form's headers) with the disabled headers of `existing`, which the form does not show, back in their places. */
export function keepSavedHeaders(existing: readonly KeyValue[], fresh: readonly KeyValue[]): KeyValue[] {
  return withDisabled(existing, fresh);
}

/** `fresh` with each disabled entry of `existing` after the fresh counterpart of the enabled entry it followed. */
function withDisabled<T extends { readonly name: string; readonly disabled?: boolean | undefined }>(existing: readonly T[], fresh: readonly T[]): T[] {
  const lead: T[] = [];
  const after = new Map<number, T[]>();
  let placed = -1;
  for (const entry of existing) {
    if (entry.disabled === true) {
      if (placed < 0) lead.push(entry);
      else after.set(placed, [...(after.get(placed) ?? []), entry]);
      continue;
    }
    const at = fresh.findIndex((candidate, index) => counterpart(existing, fresh, index) === entry && candidate.name === entry.name);
    if (at >= 0) placed = at;
  }
  return [...lead, ...fresh.flatMap((entry, index) => [entry, ...(after.get(index) ?? [])])];
}
