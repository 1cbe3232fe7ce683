/** Writes a file whole or not at all: a temp file beside it, then a rename. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Replaces `path` with `text` atomically; `mode` applies to the new file (0o600 for secrets). */
export async function writeFileAtomic(path: string, text: string, mode = 0o644): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, text, { mode });
  await rename(temp, path);
}
