/**
 * The files a saved request sends from disk when a collection runs: a multipart part's `file` and a
 * file body's `file` are paths, relative to the collection folder (portable in git) or absolute. A
 * collection may come from someone else (a clone, an import), so a run reads only files inside its
 * own folder unless told otherwise: an absolute path, a "~" path or a ".." that climbs out would let
 * it upload ~/.ssh/id_rsa to any server without anyone noticing.
 */
import type { Body } from '../collections/format-v1';
import { mediaTypeByName } from '../files/media-type-by-name';

/** One file a request's body reads: the part it goes in (absent for a file body), its path as saved and its media type if saved. */
export interface StepFile {
  readonly part?: string;
  readonly file: string;
  readonly mediaType?: string;
}

/** Where a saved path points, before the disk is asked: inside the collection folder, or out of it and why. */
export type FileSource =
  /** `relative`: '/'-joined, without "." or ".." ("" is the collection folder itself). */
  | { readonly kind: 'inside'; readonly relative: string }
  | { readonly kind: 'outside'; readonly why: 'absolute' | 'home' | 'escapes' };

/** A file read for a send: the staged file's id, and the name and type its part or body goes out with. */
export interface AttachedFile {
  readonly fileId: string;
  readonly filename: string;
  readonly mediaType: string;
}

/** The files `body` names (enabled parts only); an imported part that names none yet ("") is left to the resolution's message. */
export function stepFiles(body: Body): StepFile[] {
  if (body.mode === 'file') return body.file === '' ? [] : [{ file: body.file, ...(body.mediaType === undefined ? {} : { mediaType: body.mediaType }) }];
  if (body.mode !== 'form-data') return [];
  return body.parts.flatMap((p) => (p.disabled === true || p.file === undefined || p.file === '' ? [] : [{ part: p.name, file: p.file, ...(p.mediaType === undefined ? {} : { mediaType: p.mediaType }) }]));
}

/** Where `file` points: a Windows or POSIX absolute path, a home path, or a relative one (inside unless its ".." climbs out). */
export function fileSource(file: string): FileSource {
  if (/^[\\/]/.test(file) || /^[A-Za-z]:/.test(file)) return { kind: 'outside', why: 'absolute' };
  if (file === '~' || /^~[\\/]/.test(file)) return { kind: 'outside', why: 'home' };
  const kept: string[] = [];
  for (const segment of file.split(/[\\/]+/)) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') kept.push(segment);
    else if (kept.pop() === undefined) return { kind: 'outside', why: 'escapes' };
  }
  return { kind: 'inside', relative: kept.join('/') };
}

/** The name a file goes out with: the last segment of its path. */
export function fileNameOf(file: string): string {
  return file.split(/[\\/]/).filter((s) => s !== '').pop() ?? file;
}

/** The media type a file goes out with: the saved one, else the one its name suggests. */
export function fileMediaType(file: StepFile): string {
  return file.mediaType ?? mediaTypeByName(file.file);
}

/** "the file "a.png" of part "photo"" or "the body's file "a.bin"", as messages name it. */
export function describeStepFile(file: StepFile): string {
  return file.part === undefined ? `the body's file "${file.file}"` : `the file "${file.file}" of part "${file.part}"`;
}

/** What a refused file's message says about why, for each way out of the folder. */
export type OutsideWhy = Extract<FileSource, { kind: 'outside' }>['why'] | 'symlink';

const OUTSIDE_WHY: Readonly<Record<OutsideWhy, string>> = {
  absolute: 'it is an absolute path',
  home: 'it is a path in your home folder',
  escapes: 'its ".." leads out of the collection folder',
  symlink: 'it is a link that leads out of the collection folder',
};

export interface FileContext {
  /** The request's file on disk, where the path can be changed. */
  readonly requestFile: string;
  readonly collectionDir: string;
  /** How to allow files outside the collection where the run was started (a CLI flag, or how to run it there). */
  readonly allowHint: string;
}

/** Why a file outside the collection folder was not read, and what to do. */
export function outsideRefusal(file: StepFile, why: OutsideWhy, resolved: string, context: FileContext): string {
  return `${capitalized(describeStepFile(file))} was not read or sent: ${OUTSIDE_WHY[why]} (${resolved}), and a run reads only files inside the collection folder ${context.collectionDir}, so that a collection from someone else cannot upload your files. Copy the file into the collection folder and give its path relative to it in ${context.requestFile}, or ${context.allowHint}.`;
}

/** A file that is not there. */
export function missingFile(file: StepFile, resolved: string, context: FileContext): string {
  return `${capitalized(describeStepFile(file))} is not there (looked for ${resolved}). Create it, or change the path in ${context.requestFile} (relative to the collection folder ${context.collectionDir}).`;
}

/** A file that is there but cannot be sent: a folder, a device, unreadable or too large. */
export function unusableFile(file: StepFile, resolved: string, why: string, context: FileContext): string {
  return `${capitalized(describeStepFile(file))} (${resolved}) ${why}. Fix it, or change the path in ${context.requestFile}.`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
