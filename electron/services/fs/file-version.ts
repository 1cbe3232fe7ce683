import type { Stats } from 'node:fs';

/**
 * What tells one version of a file from another, for caches that must notice another process's or
 * an editor's save. The modification time alone does not: Linux stamps files from a coarse clock (a
 * few milliseconds), so two saves in one tick keep the same time, often at the same size. A save by
 * rename (atomic writes, many editors) makes a new inode, which tells them apart.
 */
export function fileVersionOf(stats: Pick<Stats, 'ino' | 'mtimeMs' | 'size'>): string {
  return `${stats.ino}:${stats.mtimeMs}:${stats.size}`;
}
