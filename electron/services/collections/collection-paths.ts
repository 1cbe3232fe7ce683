/**
 * The one place where entry ids (relative, "/"-separated) and folder names become paths: every
 * collection channel and command goes through here, so `..`, backslashes, hidden names and
 * symlinks out of the collections folder are refused the same way everywhere.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../app-error';
import { outsideRoot } from './store-errors';
import { errorCode } from '../../../shared/values/error-code';

// A name the store itself could have written: no separators of any platform, no NUL, not hidden.
const BAD_SEGMENT = /[\\/\0]|^\.|^$/;

/** The absolute path of `id` under `root`, checked by name only; throws a UserFacingError if it would leave the folder. */
export function resolveId(root: string, id: string): string {
  const segments = id.split('/');
  if (id.length > 4096 || segments.some((segment) => BAD_SEGMENT.test(segment))) throw outsideRoot(id);
  const resolved = path.join(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) throw outsideRoot(id);
  return resolved;
}

/** Like resolveId, and the real path of the deepest part that exists must lie inside the root's (no symlink out). */
export async function resolveEntry(root: string, id: string): Promise<string> {
  const resolved = resolveId(root, id);
  const realRoot = await realPath(root).catch(() => Promise.reject(new UserFacingError('not-found', `The collections folder ${root} is not there any more. Pick it again with Folder…`)));
  let existing = resolved;
  for (;;) {
    const real = await realPath(existing).catch((error: unknown) => (errorCode(error) === 'ENOENT' ? undefined : Promise.reject(error)));
    if (real !== undefined) {
      if (!within(realRoot, real)) throw outsideRoot(id);
      return resolved;
    }
    if (existing === root) return resolved;
    existing = path.dirname(existing);
  }
}

/** The id of an absolute path under `root`. */
export function idOf(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** Undefined when `root` is acceptable as a collections folder (absolute, normalized), else why not. */
export function rootProblem(root: string): string | undefined {
  if (!path.isAbsolute(root)) return `"${root}" is not an absolute folder path. Pick the folder again.`;
  const normal = path.normalize(root);
  const trimmed = normal.length > 1 && normal.endsWith(path.sep) ? normal.slice(0, -1) : normal;
  if (trimmed !== root) return `"${root}" is not written the plain way (it holds "..", "." or doubled separators). Use ${trimmed} instead.`;
  return undefined;
}

/** Checks a picked collections folder: normalized, and a folder (a new one is made only inside an existing folder). */
export async function checkRoot(root: string): Promise<string> {
  const problem = rootProblem(root);
  if (problem !== undefined) throw new UserFacingError('bad-root', problem);
  const stat = await fsp.stat(root).catch(() => undefined);
  if (stat !== undefined && !stat.isDirectory()) throw new UserFacingError('bad-root', `${root} is a file, not a folder. Pick the folder that holds your collections.`);
  if (stat === undefined && !(await fsp.stat(path.dirname(root)).then((parent) => parent.isDirectory(), () => false))) {
    throw new UserFacingError('bad-root', `${path.dirname(root)} does not exist, so ${root} cannot be made there. Pick an existing folder, or a new one inside an existing folder.`);
  }
  return root;
}

/** A collection folder named on the command line: its real path; throws when it is missing or not a folder. */
export async function resolveFolderArgument(folder: string): Promise<string> {
  const real = await realPath(path.resolve(folder)).catch(() => undefined);
  if (real === undefined || !(await fsp.stat(real)).isDirectory()) throw new UserFacingError('bad-input', `${folder} is not a folder (it does not exist, or is a file). Give the folder that \`roundtrip import\` wrote.`);
  return real;
}

function realPath(target: string): Promise<string> {
  return fsp.realpath(target);
}

function within(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
