/**
 * One way to read a command line, for every `roundtrip` command and the browser host:
 * Node's util.parseArgs, so `--name value` and `--name=value` both work, `--help` (or -h)
 * prints the command's help on stdout (exit 0), and a bad option prints the usage on
 * stderr (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes: stdout and stderr in the process, arrays in tests. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** A command's options and the texts shown for it. */
export interface CommandLine<O extends CommandOptions> {
  /** As typed, e.g. `roundtrip run`; starts every error message. */
  readonly name: string;
  /** The one-line synopsis, e.g. `roundtrip run <collection-folder> [--env NAME|FILE]`. */
  readonly usage: string;
  /** What `--help` adds under the synopsis: what it does, each option, the exit codes. */
  readonly help: string;
  readonly options: O;
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies CommandOptions;

type ParseConfig<O extends CommandOptions> = { args: string[]; options: O & typeof HELP_OPTION; strict: true; allowPositionals: true };

/** What a command line holds once read: the option values by name and the positional arguments. */
export type ParsedCommandLine<O extends CommandOptions> = Omit<ReturnType<typeof parseArgs<ParseConfig<O>>>, 'tokens'>;

/** Declares a command line (gives `options` its literal type without repeating it). */
export function commandLine<const O extends CommandOptions>(command: CommandLine<O>): CommandLine<O> {
  return command;
}

/**
 * Reads `args` for `command`. Returns the values, or the exit code when the command should stop
 * here: 0 after printing the help, 2 after reporting a bad option with the usage.
 */
export function parseCommandLine<O extends CommandOptions>(command: CommandLine<O>, args: readonly string[], io: CommandIo): ParsedCommandLine<O> | number {
  let parsed: ParsedCommandLine<O>;
  try {
    parsed = parseArgs<ParseConfig<O>>({ args: [...args], options: { ...command.options, ...HELP_OPTION }, strict: true, allowPositionals: true });
  } catch (error) {
    return usageError(command, io, parseErrorMessage(error));
  }
  if ('help' in parsed.values && parsed.values.help === true) {
    io.out(helpText(command));
    return 0;
  }
  const empty = Object.entries(parsed.values).find(([, value]) => value === '' || (Array.isArray(value) && value.includes('')));
  if (empty) return usageError(command, io, `--${empty[0]} needs a value`);
  return parsed;
}

/** Reports a mistake on the command line with the usage; returns exit code 2. */
export function usageError(command: CommandLine<CommandOptions>, io: CommandIo, why: string): number {
  io.err(`${command.name}: ${why}.\nUsage: ${command.usage}\nAdd --help for the options.`);
  return 2;
}

/** The full help of a command: synopsis, then its own text. */
export function helpText(command: CommandLine<CommandOptions>): string {
  return `Usage: ${command.usage}\n\n${command.help.trim()}`;
}

/** Turns util.parseArgs's errors into one short sentence naming the option. */
function parseErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'unexpected argument';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument')) return `${option} takes no value`;
    if (message.includes('ambiguous')) return `${option} needs a value (for one that starts with a dash, write ${option}=VALUE)`;
    return `${option} needs a value`;
  }
  return message;
}
