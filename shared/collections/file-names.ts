/** How names become file and folder names: readable, portable (Windows too), and never clashing. */

export const COLLECTION_FILE = 'collection.json';
export const FOLDER_FILE = 'folder.json';
export const REQUEST_SUFFIX = '.request.json';
/** The folder of a collection that holds its environments (NAME.json each), where `roundtrip run --env NAME` looks. */
export const ENVIRONMENTS_DIR = 'environments';

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file-name-safe slug of `name` ("Create item" -> "create-item"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  if (slug === '' || RESERVED.test(slug)) return `item${slug === '' ? '' : `-${slug}`}`;
  return slug;
}

/** A name not in `taken`, by adding -2, -3... to the slug. */
export function uniqueName(base: string, suffix: string, taken: ReadonlySet<string>): string {
  let candidate = `${base}${suffix}`;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base}-${n}${suffix}`;
  return candidate;
}
