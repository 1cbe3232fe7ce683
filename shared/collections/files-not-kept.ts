/**
 * The files a saved request sends that its file names but does not hold: the app is given a picked file's
 * content, never its path, so a save keeps the file's name and the person picks it again on opening.
 */
import type { SavedRequest } from './format-v1';

/** The file parts of `saved` (its enabled form-data parts that send a file), as name and file. */
export function fileParts(saved: Pick<SavedRequest, 'body'>): { readonly part: string; readonly file: string }[] {
  if (saved.body.mode !== 'form-data') return [];
  return saved.body.parts.filter((p) => p.disabled !== true && p.file !== undefined).map((p) => ({ part: p.name, file: p.file ?? '' }));
}

/** What a save says of `saved`'s files: that only their names are kept; undefined when it sends none. */
export function filesNotKeptNote(saved: Pick<SavedRequest, 'body'>): string | undefined {
  const all = fileParts(saved);
  if (all.length === 0) return undefined;
  const files = all.filter((f) => f.file !== '');
  // A part that names no file yet (as an import leaves it) is asked for by its part.
  const unnamed = all.filter((f) => f.file === '').map((f) => `"${f.part}"`);
  const named = files.length === 0 ? [] : [`${files.length === 1 ? 'Its file' : 'Its files'} ${files.map((f) => `${f.file} (part "${f.part}")`).join(', ')} ${files.length === 1 ? 'is' : 'are'} kept by name, not content: pick ${files.length === 1 ? 'it' : 'them'} again when you open the request, then send. The Runner and \`roundtrip run\` read ${files.length === 1 ? 'it' : 'them'} from the collection folder: put ${files.length === 1 ? 'it' : 'them'} there, or write ${files.length === 1 ? 'its path' : 'their paths'} in the request file.`];
  const open = unnamed.length === 0 ? [] : [`${unnamed.length === 1 ? 'Part' : 'Parts'} ${unnamed.join(', ')} ${unnamed.length === 1 ? 'names' : 'name'} no file yet: pick one when you open the request, then send.`];
  return [...named, ...open].join(' ');
}
