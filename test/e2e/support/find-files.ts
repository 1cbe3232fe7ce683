/** Files the app wrote under a data folder, found by how their names end. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` (any depth) whose name ends with `suffix`. */
export async function findFiles(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(suffix)).map((entry) => path.join(entry.parentPath, entry.name));
}
