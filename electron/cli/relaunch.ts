/**
 * `roundtrip run` starts itself again with one V8 helper thread. V8 keeps four by default, for
 * optimizing compilation and garbage collection; a run sends its requests one after another,
 * mostly to a server on the same machine (in CI, the API under test), and on a machine of two
 * cores those helpers take the cores that server needs to answer. One helper does the same work
 * for the run with less waiting for the server (bench:runner prints the figures).
 * A thread-pool size can only be given when Node starts, hence the second process.
 */
import { spawn } from 'node:child_process';

export const RUN_POOL_FLAG = '--v8-pool-size=1';

/** Signals the parent passes on: the child has a process group of its own, so a terminal's Ctrl+C reaches the parent only. */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

export interface LaunchContext {
  readonly command: string | undefined;
  /** Node's own options this process started with (process.execArgv). */
  readonly execArgv: readonly string[];
  /** The script and its arguments (process.argv without the node binary). */
  readonly scriptArgs: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
}

/**
 * The Node arguments to start `run` again with, or undefined to go on in this process: another
 * command, a pool size already chosen (on the command line or in NODE_OPTIONS), Windows (where a
 * second process group means a second console), or ROUNDTRIP_SINGLE_PROCESS=1.
 */
export function relaunchArgs(context: LaunchContext): string[] | undefined {
  if (context.command !== 'run' || context.platform === 'win32' || context.env['ROUNDTRIP_SINGLE_PROCESS'] === '1') return undefined;
  const chosen = (option: string): boolean => option.startsWith('--v8-pool-size');
  if (context.execArgv.some(chosen) || (context.env['NODE_OPTIONS'] ?? '').split(/\s+/).some(chosen)) return undefined;
  return [...context.execArgv, RUN_POOL_FLAG, ...context.scriptArgs];
}

/**
 * Runs `node <args>` as the command and ends this process as the child ends: its exit code, or
 * the signal that ended it (raised again here, so a shell sees the same status). Resolves false
 * when the child could not start, so the caller runs the command in this process instead.
 */
export function relaunch(args: readonly string[]): Promise<boolean> {
  return new Promise((resolve) => {
    // Its own process group: a signal reaches it once, from here. Were it in the terminal's group,
    // Ctrl+C would reach it twice (from the terminal and from this forwarding), and the second
    // would kill a run that is stopping after its request in flight.
    // The IPC channel is only a lifeline: it closes when this process ends, however it ends (see endWithParent).
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], detached: true });
    const forward = (signal: NodeJS.Signals) => () => {
      child.kill(signal);
    };
    const listeners = FORWARDED_SIGNALS.map((signal) => [signal, forward(signal)] as const);
    const stopForwarding = (): void => {
      for (const [signal, listener] of listeners) process.off(signal, listener);
    };
    for (const [signal, listener] of listeners) process.on(signal, listener);
    child.once('error', () => {
      stopForwarding();
      resolve(false);
    });
    child.once('exit', (code, signal) => {
      stopForwarding();
      if (signal !== null) {
        process.kill(process.pid, signal);
        return;
      }
      process.exitCode = code ?? 1;
      resolve(true);
    });
  });
}

/**
 * In the started process: end at once when the starting one is gone. A process group of its own
 * keeps it out of a kill sent to the group the command was started in (a CI job's time limit,
 * `kill -9 -PGID`); without this it would go on sending requests after the command was ended.
 * Does nothing in a process that was not started by relaunch.
 */
export function endWithParent(): void {
  const channel = process.channel;
  if (channel === undefined) return;
  // The channel must not keep the run alive once its work is done.
  channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
