/**
 * The `roundtrip` command: plain Node, no Electron. Each command's module (and the libraries it
 * needs) is imported only when that command runs, so start-up costs what the command uses.
 */
import { UserFacingError } from '../services/app-error';
import type { CommandIo } from './command-line';
import { terminalIo } from './terminal-io';
import { interruptSignal } from './interrupt-signal';
import { endWithParent, relaunch, relaunchArgs } from './relaunch';

/** The overall usage, from each command's own synopsis (the only time every command is loaded). */
async function usage(): Promise<string> {
  const [{ INSPECT_COMMAND }, { RUN_COMMAND }, { VERIFY_COMMAND }, { IMPORT_COMMAND, EXPORT_COMMAND }, { SYNC_COMMAND }] = await Promise.all([
    import('./inspect-command'),
    import('./run-command'),
    import('./verify-command'),
    import('./collection-commands'),
    import('./sync-command'),
  ]);
  return `Usage: roundtrip <command> [options]

Commands:
  ${INSPECT_COMMAND.usage.replace('roundtrip ', '')}
      List a document's operations (JSON with --json)
  ${RUN_COMMAND.usage.replace('roundtrip ', '')}
      Run a saved collection's requests and assertions (exit 1 when any assertion fails)
  ${VERIFY_COMMAND.usage.replace('roundtrip ', '')}
      Check that a running API keeps its document's and HTTP's promises (exit 1 when a check fails)
  ${IMPORT_COMMAND.usage.replace('roundtrip ', '')}
      Make a collection folder from a Postman collection, an OpenAPI document or curl commands
  ${EXPORT_COMMAND.usage.replace('roundtrip ', '')}
      Write a collection as Postman v2.1 (runs in newman) or as curl commands
  ${SYNC_COMMAND.usage.replace('roundtrip ', '')}
      Compare a collection with its OpenAPI document (exit 1 on drift with --check)

Options take a value as --name value or --name=value. \`roundtrip <command> --help\` shows a command's options.

Exit codes: 0 success, 1 a run with failing assertions (or drift found by sync --check), 2 bad input (a missing file, an invalid document, a bad option).`;
}

const io: CommandIo = terminalIo;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(await usage());
    return command === undefined ? 2 : 0;
  }
  if (command === 'inspect') return (await import('./inspect-command')).inspectCommand(rest, io);
  if (command === 'run') {
    const relaunchWith = relaunchArgs({ command, execArgv: process.execArgv, scriptArgs: process.argv.slice(1), env: process.env, platform: process.platform });
    if (relaunchWith !== undefined && (await relaunch(relaunchWith))) return process.exitCode === undefined ? 0 : Number(process.exitCode);
    endWithParent();
    // Ctrl+C stops the run after the request in flight; the reports are still written.
    return (await import('./run-command')).runCommand(rest, io, interruptSignal());
  }
  if (command === 'verify') {
    // Ctrl+C stops after the checks in flight; what was created is still deleted and the report written.
    return (await import('./verify-command')).verifyCommand(rest, io, interruptSignal());
  }
  if (command === 'import') return (await import('./collection-commands')).importCommand(rest, io);
  if (command === 'export') return (await import('./collection-commands')).exportCommand(rest, io);
  if (command === 'sync') return (await import('./sync-command')).syncCommand(rest, io);
  io.err(`roundtrip: unknown command "${command}".\n\n${await usage()}`);
  return 2;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UserFacingError) {
    io.err(`roundtrip: ${error.message}`);
    process.exitCode = 2;
  } else {
    io.err(`roundtrip: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
