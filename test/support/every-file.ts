/** Every file under a folder, hidden folders included, for tests that check what was written. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The paths of every file under `dir`, depth first. */
export async function everyFile(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(dir)) {
    const full = path.join(dir, name);
    if ((await stat(full)).isDirectory()) out.push(...(await everyFile(full)));
    else out.push(full);
  }
  return out;
}
