/**
 * Lowers the scheduling priority of the calling thread alone, for work nobody waits on (the
 * background validation of an opened document): on a machine with two cores it would otherwise
 * take a core from the UI exactly while the person starts typing. Only Linux schedules threads
 * one by one under setpriority(PRIO_PROCESS, 0), which os.setPriority(0, …) calls; on macOS and
 * Windows the same call would lower the whole process (the app's main process), so it is skipped.
 * A thread cannot raise its priority back without privileges: call this only in a thread that ends
 * after the work (the spec worker is terminated once it has validated).
 */
import os from 'node:os';

/** The niceness background work runs at: the UI (niceness 0) gets about ten times its CPU share. */
export const BACKGROUND_NICENESS = 10;

/** Lowers this thread's priority to `BACKGROUND_NICENESS` where that affects this thread alone; true if it did. */
export function yieldThreadPriority(platform: NodeJS.Platform = process.platform, setPriority: (pid: number, priority: number) => void = os.setPriority): boolean {
  if (platform !== 'linux') return false;
  try {
    setPriority(0, BACKGROUND_NICENESS);
    return true;
  } catch {
    // A container may forbid it; validation then runs at the usual priority, as before.
    return false;
  }
}
