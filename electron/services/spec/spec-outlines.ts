/**
 * Hands a large document's outline from its load to whoever asks for it by the load's id
 * (spec:outline, sent alongside spec:load, so either can arrive first). Every ask is answered:
 * with the outline, or with null once the load ends without one, is cancelled, or never starts.
 */
import type { SpecOutline } from '../../../shared/model/api-model';

interface Entry {
  readonly answer: Promise<SpecOutline | null>;
  readonly resolve: (outline: SpecOutline | null) => void;
  started: boolean;
  settled: boolean;
  timer?: NodeJS.Timeout;
}

/** How a load answers the askers of its id. */
export interface OutlineHandle {
  readonly send: (outline: SpecOutline) => void;
  /** The load is over (answered, failed or cancelled): an ask not yet answered hears null. */
  readonly end: () => void;
}

export interface OutlineLimits {
  /** How long an ask waits for a load of its id to start (a file that could not be read never loads). */
  readonly waitMs: number;
  /** How long an answer stays for a late ask once the load has answered it. */
  readonly keepMs: number;
  /** Asks waiting at once; more are answered null at once (each holds a connection in the browser host). */
  readonly maxWaiting: number;
}

const DEFAULT_LIMITS: OutlineLimits = { waitMs: 60_000, keepMs: 10_000, maxWaiting: 100 };

/** The outlines of the loads in flight, by load id. */
export class SpecOutlines {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly limits: OutlineLimits = DEFAULT_LIMITS) {}

  /** The outline of the load with this id, now or when it comes; null when there will be none. */
  ask(loadId: string): Promise<SpecOutline | null> {
    const known = this.entries.get(loadId);
    if (known !== undefined) return known.answer;
    if (this.entries.size >= this.limits.maxWaiting) return Promise.resolve(null);
    const entry = this.create(loadId);
    entry.timer = setTimeout(() => this.settle(loadId, entry, null), this.limits.waitMs);
    entry.timer.unref();
    return entry.answer;
  }

  /** A load of this id starts; it answers through the handle. A finished or superseded load's entry is replaced. */
  begin(loadId: string): OutlineHandle {
    let entry = this.entries.get(loadId);
    if (entry === undefined || entry.started || entry.settled) {
      if (entry !== undefined) this.settle(loadId, entry, null);
      entry = this.create(loadId);
    }
    entry.started = true;
    // From here the load itself answers, however long it takes.
    clearTimeout(entry.timer);
    const mine = entry;
    return { send: (outline) => this.settle(loadId, mine, outline), end: () => this.settle(loadId, mine, null) };
  }

  /** Answers a waiting ask with null: the load was cancelled, or will not start. */
  cancel(loadId: string): void {
    const entry = this.entries.get(loadId);
    if (entry !== undefined) this.settle(loadId, entry, null);
  }

  private create(loadId: string): Entry {
    let resolve: (outline: SpecOutline | null) => void = () => undefined;
    const answer = new Promise<SpecOutline | null>((done) => {
      resolve = done;
    });
    const entry: Entry = { answer, resolve, started: false, settled: false };
    this.entries.set(loadId, entry);
    return entry;
  }

  private settle(loadId: string, entry: Entry, outline: SpecOutline | null): void {
    if (entry.settled) return;
    entry.settled = true;
    clearTimeout(entry.timer);
    entry.resolve(outline);
    setTimeout(() => {
      if (this.entries.get(loadId) === entry) this.entries.delete(loadId);
    }, this.limits.keepMs).unref();
  }
}
