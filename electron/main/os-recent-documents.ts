/**
 * Keeps the operating system's own recent list (macOS: the Dock icon's menu and File > Open Recent
 * of the system; Windows: the jump list) in step with the documents Roundtrip opens from files.
 */
import { app } from 'electron';
import type { RecentSpec } from '../../shared/model/api-model';

/** Returns a function to call with the recent documents, newest first, whenever they change. */
export function osRecentDocuments(): (specs: readonly RecentSpec[]) => void {
  let added: string | undefined;
  return (specs) => {
    const newest = specs[0];
    // Only files: an address is not a document the system can hand back, and the same file twice is one entry.
    if (newest?.kind !== 'file' || newest.location === added) return;
    added = newest.location;
    app.addRecentDocument(newest.location);
  };
}
