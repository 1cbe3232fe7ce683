/** The `roundtrip` command: plain Node, no Electron. */
import { UserFacingError } from '../services/app-error';
import { EXPORT_COMMAND, exportCommand, IMPORT_COMMAND, importCommand } from './collection-commands';
import type { CommandIo } from './command-line';
import { INSPECT_COMMAND, inspectCommand } from './inspect-command';
import { RUN_COMMAND, runCommand } from './run-command';
import { SYNC_COMMAND, syncCommand } from './sync-command';
import { terminalIo } from './terminal-io';
import { VERIFY_COMMAND, verifyCommand } from './verify-command';

const USAGE = `Usage: roundtrip <command> [options]

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

const io: CommandIo = terminalIo;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'inspect') return inspectCommand(rest, io);
  if (command === 'run') {
    // Ctrl+C stops the run after the request in flight; the reports are still written.
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort());
    return runCommand(rest, io, stop.signal);
  }
  if (command === 'verify') {
    // Ctrl+C stops after the checks in flight; what was created is still deleted and the report written.
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort());
    return verifyCommand(rest, io, stop.signal);
  }
  if (command === 'import') return importCommand(rest, io);
  if (command === 'export') return exportCommand(rest, io);
  if (command === 'sync') return syncCommand(rest, io);
  io.err(`roundtrip: unknown command "${command}".\n\n${USAGE}`);
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
