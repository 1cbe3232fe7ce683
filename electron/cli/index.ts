/** The `roundtrip` command: plain Node, no Electron. */
import { UserFacingError } from '../services/app-error';
import { inspectCommand, type CommandIo } from './inspect-command';

const USAGE = `Usage: roundtrip <command> [options]

Commands:
  inspect <file-or-URL> [--json] [--strict]   List a document's operations (JSON with --json)

Exit codes: 0 success, 2 bad input (a missing file, an invalid document, a bad option).`;

const io: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'inspect') return inspectCommand(rest, io);
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
