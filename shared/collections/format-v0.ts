/**
 * Version 0: the first shape Roundtrip wrote, a request file without a version field,
 * headers as an object and the body as a bare string. Kept so old files still load.
 */
import { z } from 'zod';

export const savedRequestV0 = z.object({
  name: z.string(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE']),
  url: z.string(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.string().optional(),
  contentType: z.string().optional(),
});

export const folderV0 = z.object({ name: z.string() });

export const collectionV0 = z.object({ name: z.string(), variables: z.record(z.string(), z.string()).optional() });

export type SavedRequestV0 = z.infer<typeof savedRequestV0>;
export type FolderV0 = z.infer<typeof folderV0>;
export type CollectionV0 = z.infer<typeof collectionV0>;
