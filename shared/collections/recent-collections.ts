/** The collections folders opened or saved into lately, as the start screen, drawer and menu list them. */

/** One folder as remembered in the data folder. */
export interface RecentCollection {
  /** The collections folder, an absolute path. */
  readonly root: string;
  /** The collections it held when last seen ("Payments", "Users"), for a recognizable label. */
  readonly names: readonly string[];
  /** When it was last opened or saved into (ISO 8601). */
  readonly usedAt: string;
}

/** An entry as listed: whether the folder is still there, and whether it is the one in use. */
export interface RecentCollectionEntry extends RecentCollection {
  readonly missing: boolean;
  readonly current: boolean;
}

export interface RecentCollections {
  readonly items: readonly RecentCollectionEntry[];
  /** Set when the remembered list was damaged and started again (once). */
  readonly notice?: string;
}

/** A short label for a folder: its collections' names, else the folder's own name. */
export function recentCollectionLabel(entry: RecentCollection): string {
  if (entry.names.length === 0) return entry.root.split(/[\\/]/).filter(Boolean).pop() ?? entry.root;
  const shown = entry.names.slice(0, 3).join(', ');
  return entry.names.length > 3 ? `${shown} and ${entry.names.length - 3} more` : shown;
}
