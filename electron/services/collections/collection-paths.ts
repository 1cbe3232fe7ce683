/** Maps entry ids (relative, "/"-separated) to paths inside the collections folder, refusing escapes. */
import path from 'node:path';
import { outsideRoot } from './store-errors';

/** The absolute path of `id` under `root`; throws a UserFacingError if it would leave the folder. */
export function resolveId(root: string, id: string): string {
  const resolved = path.resolve(root, ...id.split('/'));
  const relative = path.relative(root, resolved);
  if (id === '' || relative.startsWith('..') || path.isAbsolute(relative) || relative.split(path.sep).some((part) => part.startsWith('.'))) throw outsideRoot(id);
  return resolved;
}

/** The id of an absolute path under `root`. */
export function idOf(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}
