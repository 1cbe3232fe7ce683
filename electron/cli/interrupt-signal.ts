/** Ctrl+C for the commands that stop gracefully (run, verify): the first press stops, a later one ends at once. */
/** A second SIGINT within this long of the first is the same Ctrl+C delivered twice. */
const SAME_INTERRUPT_MS = 100;

/**
 * Aborts on the first SIGINT, so a run stops after its request in flight and writes its reports;
 * a later one ends the process at once, as a second Ctrl+C should. One Ctrl+C can arrive twice
 * when a tool signals every process of a tree (concurrently, npm-run-all, systemd): once from the
 * tool and once forwarded by relaunch. That copy is not a second press.
 */
export function interruptSignal(): AbortSignal {
  const stop = new AbortController();
  let firstAt: number | undefined;
  const onInterrupt = (): void => {
    if (firstAt === undefined) {
      firstAt = performance.now();
      stop.abort();
      return;
    }
    if (performance.now() - firstAt < SAME_INTERRUPT_MS) return;
    process.off('SIGINT', onInterrupt);
    process.kill(process.pid, 'SIGINT');
  };
  process.on('SIGINT', onInterrupt);
  return stop.signal;
}
