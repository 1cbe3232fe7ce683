/** The browser host's command line: `npm run web -- [--port N] [--no-open]`. */
import { commandLine, parseCommandLine, usageError, type CommandIo } from '../cli/command-line';

export const HOST_COMMAND = commandLine({
  name: 'npm run web',
  usage: 'npm run web -- [--port N] [--no-open] [--timeout ms]   (or: node dist/host/index.mjs [--port N] [--no-open] [--timeout ms])',
  help: `Serve Roundtrip to a browser on 127.0.0.1 and print the address to open (it carries a token
that changes at every start).

Options:
  --port N      The port to listen on, 1 to 65535; 0 or left out for any free port
                (ROUNDTRIP_PORT is read when --port is not given)
  --no-open     Do not open the address in the default browser (CI does not either)
  --timeout ms  Deadline of each request sent without one of its own (default 30000)
  -h, --help    Show this help

Exit codes: 0 stopped with Ctrl+C, 2 bad input (a bad option, a port in use).`,
  options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, timeout: { type: 'string' } },
});

/** The longest deadline a request may carry (the request contract's own limit). */
const MAX_TIMEOUT_MS = 3_600_000;

export interface HostOptions {
  readonly port: number;
  /** Whether to open the address in the default browser. */
  readonly open: boolean;
  /** The deadline of a request that sets none; left out, the sender's default. */
  readonly timeoutMs?: number;
}

/** Reads the host's options from its arguments and environment; an exit code when it should not start. */
export function readHostOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>>, io: CommandIo): HostOptions | number {
  const parsed = parseCommandLine(HOST_COMMAND, args, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length > 0) return usageError(HOST_COMMAND, io, `unexpected argument "${parsed.positionals[0] ?? ''}"`);
  const portText = parsed.values.port ?? env['ROUNDTRIP_PORT'] ?? '0';
  const port = Number(portText);
  if (portText.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    return usageError(HOST_COMMAND, io, `"${portText}" is not a port number; give --port N with N from 1 to 65535, or 0 for any free port`);
  }
  const timeoutText = parsed.values.timeout;
  const timeoutMs = Number(timeoutText);
  if (timeoutText !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMEOUT_MS)) {
    return usageError(HOST_COMMAND, io, `--timeout needs a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, not "${timeoutText}"`);
  }
  return { port, open: parsed.values['no-open'] !== true && !env['CI'], ...(timeoutText === undefined ? {} : { timeoutMs }) };
}
