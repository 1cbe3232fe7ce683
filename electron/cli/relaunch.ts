/**
 * `roundtrip run` starts itself again with one V8 helper thread. V8 keeps four by default, for
 * optimizing compilation and garbage collection; a run sends its requests one after another,
 * mostly to a server on the same machine (in CI, the API under test), and on a machine of two
 * cores those helpers take the cores that server needs to answer. One helper does the same work
 * for the run with less waiting for the server (bench:runner prints the figures).
 * The same start caps the young generation's halves at 8 MB (V8 lets them grow to 16): a run's
 * garbage is short-lived, and in its first thousands of requests V8 otherwise doubles them and
 * faults in fresh pages for each scavenge; capped, bench:runner's 1,000 requests go about an
 * eighth faster, and long runs are unchanged.
 * Both can only be given when Node starts, hence the second process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';

export const RUN_POOL_FLAG = '--v8-pool-size=1';
export const RUN_SEMI_SPACE_FLAG = '--max-semi-space-size=8';

/** Set in the started process's environment, so that it knows it was started here (and never starts a third). */
export const RELAUNCHED_MARK = 'ROUNDTRIP_RELAUNCHED';

/** Signals the parent passes on: the child has a session of its own, so a terminal's keys reach the parent only. */
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

/** Node reads `--v8_pool_size` and `--v8-pool-size` alike. */
const optionName = (option: string): string => (option.split('=')[0] ?? '').replace(/_/g, '-');

/**
 * The Node arguments to start `run` again with, or undefined to go on in this process: another
 * command, a pool size already chosen (on the command line or in NODE_OPTIONS), a debugger asked
 * for (it would attach to the process that sends nothing), Windows (where a process of its own
 * means a console of its own), ROUNDTRIP_SINGLE_PROCESS=1, or a process started here already.
 */
export function relaunchArgs(context: LaunchContext): string[] | undefined {
  if (context.command !== 'run' || context.platform === 'win32') return undefined;
  if (context.env['ROUNDTRIP_SINGLE_PROCESS'] === '1' || context.env[RELAUNCHED_MARK] !== undefined) return undefined;
  const nodeOptions = [...context.execArgv, ...(context.env['NODE_OPTIONS'] ?? '').split(/\s+/)].map(optionName);
  if (nodeOptions.some((name) => name === '--v8-pool-size' || name.startsWith('--inspect') || name === '--debug-port')) return undefined;
  // A young generation sized by the user (NODE_OPTIONS or node's own options) is theirs to keep.
  const semiSpace = nodeOptions.includes('--max-semi-space-size') ? [] : [RUN_SEMI_SPACE_FLAG];
  return [...context.execArgv, RUN_POOL_FLAG, ...semiSpace, ...context.scriptArgs];
}

/**
 * Runs `node <args>` as the command and ends this process as the child ends: its exit code, or
 * the signal that ended it (raised again here, so a shell sees the same status). Resolves false
 * when the child could not start, so the caller runs the command in this process instead.
 */
export function relaunch(args: readonly string[]): Promise<boolean> {
  return new Promise((resolve) => {
    // A session of its own (detached): a signal reaches it once, from here. Were it in the
    // terminal's group, Ctrl+C would reach it twice (from the terminal and from this forwarding),
    // and the second would kill a run that is stopping after its request in flight. The IPC
    // channel is only a lifeline: it closes when this process ends, however it ends (endWithParent).
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], detached: true, env: { ...process.env, [RELAUNCHED_MARK]: '1' } });
    const forward = (signal: NodeJS.Signals) => () => {
      child.kill(signal);
    };
    const listeners: [NodeJS.Signals, () => void][] = [...FORWARDED_SIGNALS.map((signal) => [signal, forward(signal)] as [NodeJS.Signals, () => void]), ...jobControl(child)];
    const stopListening = (): void => {
      for (const [signal, listener] of listeners) process.off(signal, listener);
    };
    for (const [signal, listener] of listeners) process.on(signal, listener);
    child.once('error', () => {
      stopListening();
      resolve(false);
    });
    child.once('exit', (code, signal) => {
      stopListening();
      if (signal !== null) {
        process.kill(process.pid, signal);
        // Still here: the signal is ignored in this process (PID 1 of a container ignores those it
        // has no handler for). End with the status a shell gives a process that signal ended.
        process.exitCode = 128 + (constants.signals[signal] ?? 0);
      } else {
        process.exitCode = code ?? 1;
      }
      resolve(true);
    });
  });
}

/**
 * Ctrl+Z stops this process (the terminal's foreground group); the run, in a session of its own,
 * is stopped with it, and goes on when the shell continues this one (fg, bg).
 */
function jobControl(child: ChildProcess): [NodeJS.Signals, () => void][] {
  const suspend = (): void => {
    child.kill('SIGSTOP');
    // A handler replaces SIGTSTP's default action: stop as it would have.
    process.kill(process.pid, 'SIGSTOP');
  };
  const resume = (): void => {
    child.kill('SIGCONT');
  };
  return [
    ['SIGTSTP', suspend],
    ['SIGCONT', resume],
  ];
}

/**
 * In the process relaunch started: end at once when the starting one is gone. A session of its
 * own keeps it out of a kill sent to the group the command was started in (a CI job's time limit,
 * `kill -9 -PGID`); without this it would go on sending requests after the command was ended.
 * Does nothing elsewhere: a run that a tool started with its own IPC channel (fork) is left alone.
 */
export function endWithParent(): void {
  const channel = process.channel;
  if (process.env[RELAUNCHED_MARK] === undefined || channel === undefined) return;
  // Processes the run starts (none today) are not relaunched children.
  Reflect.deleteProperty(process.env, RELAUNCHED_MARK);
  // The channel must not keep the run alive once its work is done.
  channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
