/** Input schemas of the collection:* channels (kept here so the shared contract file stays small). */
import { z } from 'zod';
import type { TreeItem } from './collection-tree';
import { collectionV1, folderV1, savedRequestV1, variableV1 } from './format-v1';
import { IMPORT_FORMATS } from './import-formats';

const id = z.string().min(1).max(4096);
const name = z.string().trim().min(1).max(200);

export const collectionListInput = z.object({}).strict();
/** A new, empty collection; `spec` links it to the document open when it was made (for conforms and idempotent checks, and sync). */
export const collectionCreateInput = z.object({ name, spec: collectionV1.shape.spec });
export const collectionCreateFolderInput = z.object({ parentId: id, name });
/** Overwrites `id` when given, else adds a new request file under `parentId` (a collection or folder id). */
export const collectionSaveInput = z.object({
  parentId: id,
  id: id.optional(),
  request: savedRequestV1,
  /** Variables the request uses ({{baseUrl}}), added to the collection when it lacks them. */
  addVariables: z.array(variableV1).max(50).optional(),
});
export const collectionRenameInput = z.object({ id, name });
export const collectionIdInput = z.object({ id });
/** Moves `id` into `parentId` (a collection or folder); with `index`, to that place among its children (reordering). */
export const collectionMoveInput = z.object({ id, parentId: id, index: z.number().int().min(0).max(100_000).optional() });
export const collectionRestoreInput = z.object({ trashId: z.string().min(1).max(100) });
/** `mustExist`: reopening a remembered folder, which must not be created again empty if it was moved or deleted. */
export const collectionSetRootInput = z.object({ root: z.string().min(1).max(4096), mustExist: z.boolean().optional() });
export const collectionRecentInput = z.object({}).strict();
/** Drops a folder from the recent list (the folder itself is untouched). */
export const collectionForgetRecentInput = z.object({ root: z.string().min(1).max(4096) });

const treeItem: z.ZodType<TreeItem> = z.lazy(() =>
  z.union([z.object({ kind: z.literal('folder'), folder: folderV1, items: z.array(treeItem).max(10_000).readonly() }), z.object({ kind: z.literal('request'), request: savedRequestV1 })]),
);

const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

/** A picked, dropped or pasted file's text (format detected unless given), or a Bruno folder's files. */
const readSource = [
  z.object({ kind: z.literal('text'), text: z.string().max(MAX_IMPORT_CHARS), fileName: z.string().max(1024).optional(), format: z.enum(IMPORT_FORMATS).optional() }),
  z.object({ kind: z.literal('files'), name: z.string().min(1).max(1024), files: z.array(z.object({ path: z.string().min(1).max(4096), text: z.string().max(MAX_IMPORT_CHARS) })).min(1).max(5000) }),
] as const;

/** A new collection from a file's text, a Bruno folder, pasted Postman JSON or curl commands, or a tree made in the renderer (from the open spec). */
export const collectionImportInput = z.object({
  source: z.discriminatedUnion('kind', [
    ...readSource,
    z.object({ kind: z.literal('postman'), text: z.string().max(MAX_IMPORT_CHARS) }),
    z.object({ kind: z.literal('curl'), text: z.string().max(1024 * 1024) }),
    z.object({ kind: z.literal('tree'), tree: z.object({ collection: collectionV1, items: z.array(treeItem).max(10_000).readonly() }) }),
  ]),
  name: z.string().trim().min(1).max(200).optional(),
});

/** What an import of `source` would create, before anything is written. */
export const collectionImportPreviewInput = z.object({ source: z.discriminatedUnion('kind', [...readSource]) });

export const collectionExportInput = z.object({ id, format: z.enum(['postman', 'curl']) });
