/**
 * One writer at a time per path: a task waits for the tasks that came before it on the same path,
 * on a folder holding it, or on anything inside it, so a save and a rename of one request (or a
 * move of its folder) run one after the other, each reading what the previous one wrote. Tasks on
 * unrelated paths still run side by side. Within one process only, which is the store's scope.
 */
import path from 'node:path';

interface Held {
  readonly paths: readonly string[];
  readonly done: Promise<void>;
}

/** A queue per path (and its folders), in order of arrival. */
export class PathLocks {
  private held: Held[] = [];

  /** Runs `task` once every earlier task on an overlapping path has ended; the paths are taken at once, in call order. */
  async run<T>(paths: readonly string[], task: () => Promise<T>): Promise<T> {
    const earlier = this.held.filter((other) => other.paths.some((a) => paths.some((b) => overlaps(a, b)))).map((other) => other.done);
    let release = (): void => undefined;
    const entry: Held = { paths, done: new Promise<void>((resolve) => (release = resolve)) };
    this.held.push(entry);
    try {
      await Promise.all(earlier);
      return await task();
    } finally {
      this.held = this.held.filter((other) => other !== entry);
      release();
    }
  }
}

function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}${path.sep}`) || b.startsWith(`${a}${path.sep}`);
}
