/** Files the app wrote under a data folder: found by how their names end, or all of them read as text. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` (any depth) whose name ends with `suffix`. */
export async function findFiles(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(suffix)).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Every file under `dir` (any depth), as text: to check that a secret is in none of them.
 * The app writes by temporary file and rename, so a file listed a moment ago can be gone when
 * read; its content then sits in a file the listing may have missed, so the whole folder is
 * read again rather than the missing file skipped.
 */
export async function allText(dir: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const entries = await readdir(dir, { withFileTypes: true, recursive: true });
      const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
      return (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 20) throw error;
    }
  }
}
