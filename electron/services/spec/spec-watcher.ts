/**
 * Watches the files of opened documents and tells the renderer when one changes, so the list can
 * reload in place. Editors save in bursts (truncate, write, rename): changes are debounced.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { EventSink } from '../../../shared/ipc/events';

const DEBOUNCE_MS = 150;
// A person rarely has more than a few documents open over a session; old watchers are closed first.
const MAX_WATCHED = 8;

/** One fs.watch per watched file, emitting `spec:changed` with the file's path. */
export class SpecWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly events: EventSink) {}

  /** Starts watching `file` (an absolute path); watching it again is a no-op. */
  watch(file: string): void {
    if (this.watchers.has(file)) return;
    if (this.watchers.size >= MAX_WATCHED) {
      const oldest = this.watchers.keys().next().value;
      if (oldest !== undefined) this.unwatch(oldest);
    }
    try {
      const watcher = watch(file, { persistent: false }, () => this.changed(file));
      watcher.on('error', () => this.unwatch(file));
      this.watchers.set(file, watcher);
    } catch {
      // A file that cannot be watched (gone, or on a file system without notifications) just is not live.
    }
  }

  private changed(file: string): void {
    clearTimeout(this.timers.get(file));
    this.timers.set(file, setTimeout(() => {
      this.timers.delete(file);
      this.events.emit('spec:changed', { location: file });
      // Some editors replace the file (a new inode): watch the new one.
      this.unwatch(file);
      this.watch(file);
    }, DEBOUNCE_MS));
  }

  /** Stops watching `file`. */
  unwatch(file: string): void {
    this.watchers.get(file)?.close();
    this.watchers.delete(file);
  }

  /** Stops everything (on shutdown and in tests). */
  close(): void {
    for (const file of [...this.watchers.keys()]) this.unwatch(file);
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
