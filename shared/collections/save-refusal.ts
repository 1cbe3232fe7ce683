/**
 * A save refused because the file it would replace does not parse: the error's details say where
 * a copy can go instead, so the drawer can offer "Save as a copy". One shape for store and renderer.
 */
import type { AppError } from '../ipc/result';

export interface SaveAsCopyDetails {
  /** The refused file's id. */
  readonly path: string;
  /** The collection or folder a copy can be saved into (the broken file's own). */
  readonly saveAsCopy: { readonly parentId: string };
}

/** The details the store attaches to a broken-file refusal. */
export function saveAsCopyDetails(id: string, parentId: string): SaveAsCopyDetails {
  return { path: id, saveAsCopy: { parentId } };
}

/** Where a refused save can go as a copy, when `error` offers one. */
export function copyPlace(error: AppError | undefined): string | undefined {
  if (error?.code !== 'broken-file') return undefined;
  const parentId = (error.details as Partial<SaveAsCopyDetails> | undefined)?.saveAsCopy?.parentId;
  return typeof parentId === 'string' ? parentId : undefined;
}
