/** Turns fs failures into messages that say what happened, to which file, and what to do. */
import { saveAsCopyDetails } from '../../../shared/collections/save-refusal';
import { UserFacingError } from '../app-error';
import { errorCode } from '../../../shared/values/error-code';

/** A UserFacingError for a failed write; the renderer keeps the unsaved edits when it gets one. */
export function writeFailure(error: unknown, target: string): UserFacingError {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new UserFacingError('disk-full', `Could not save ${target}: the disk is full. Your edits are kept in the app; free some space and save again.`, { path: target });
  if (code === 'EROFS') return new UserFacingError('read-only', `Could not save ${target}: the folder is on a read-only file system. Your edits are kept in the app; pick another collections folder or make it writable.`, { path: target });
  if (code === 'EACCES' || code === 'EPERM') return new UserFacingError('no-permission', `Could not save ${target}: permission denied. Your edits are kept in the app; check the folder's permissions or pick another collections folder.`, { path: target });
  const message = error instanceof Error ? error.message : String(error);
  return new UserFacingError('write-failed', `Could not save ${target} (${message}). Your edits are kept in the app; try again.`, { path: target });
}

/** The error for a path that leaves the collections folder (a crafted id). */
export function outsideRoot(id: string): UserFacingError {
  return new UserFacingError('bad-path', `"${id}" is not inside the collections folder. Refresh the collections list and try again.`);
}

/** A save refused because the file it would replace does not parse; `saveAsCopy` is where a copy can go instead. */
export function brokenFileRefusal(id: string, parserMessage: string, parentId: string): UserFacingError {
  return new UserFacingError('broken-file', `${id} was not saved over: the file on disk does not parse (${parserMessage}) and may hold work of its own. Fix it in an editor, or Save as a copy.`, saveAsCopyDetails(id, parentId));
}
