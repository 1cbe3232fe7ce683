/** The CLI's output: every line goes through terminalText, since most of what it prints came from outside. */
import { terminalText } from '../../shared/text/terminal-text';
import type { CommandIo } from './command-line';

/** Standard output and error, with control characters shown as escapes rather than acted on. */
export const terminalIo: CommandIo = {
  out: (text) => process.stdout.write(`${terminalText(text)}\n`),
  err: (text) => process.stderr.write(`${terminalText(text)}\n`),
};
