/**
 * `roundtrip inspect <file-or-URL> [--json] [--strict] [--max-size-mb N] [--allow-ref-host HOST]...`:
 * prints a document's operations. It waits for full validation, so problems are always counted.
 */
import { inspectReport, inspectTable, problemLines } from '../../shared/inspect/inspect-report';
import { loadSpec } from '../services/spec/load-spec';
import type { SpecSource } from '../services/spec/read-spec-source';
import { commandLine, parseCommandLine, usageError, type CommandIo } from './command-line';

export type { CommandIo } from './command-line';

export const INSPECT_COMMAND = commandLine({
  name: 'roundtrip inspect',
  usage: 'roundtrip inspect <file-or-URL> [--json] [--strict] [--max-size-mb N] [--allow-ref-host HOST]...',
  help: `List the operations of an OpenAPI document (Swagger 2.0, OpenAPI 3.0 or 3.1; JSON or YAML).

Options:
  --json                 Print the stable JSON report instead of a table
  --strict               Refuse a document that fails validation
  --max-size-mb N        Size cap for the document with its referenced files (default 50)
  --allow-ref-host HOST  Let external $refs reach HOST (repeatable)
  -h, --help             Show this help

Exit codes: 0 listed, 2 bad input (a missing file, a syntax error, an unreachable URL, a bad option).`,
  options: {
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
    'max-size-mb': { type: 'string' },
    'allow-ref-host': { type: 'string', multiple: true },
  },
});

/** Runs inspect and returns the process exit code. Errors were already reported on `io.err`. */
export async function inspectCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandLine(INSPECT_COMMAND, args, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const maxSize = values['max-size-mb'];
  const maxSizeMb = maxSize === undefined ? undefined : Number(maxSize);
  if (maxSizeMb !== undefined && !(maxSizeMb > 0)) return usageError(INSPECT_COMMAND, io, `--max-size-mb needs a positive number of megabytes, not "${maxSize ?? ''}"`);
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0) return usageError(INSPECT_COMMAND, io, 'give exactly one OpenAPI document, a file path or an http(s) URL');
  const source: SpecSource = /^https?:\/\//i.test(target) ? { kind: 'url', url: target } : { kind: 'file', path: target };
  const loaded = await loadSpec(source, {
    strict: values.strict === true,
    allowRefHosts: values['allow-ref-host'] ?? [],
    ...(maxSizeMb === undefined ? {} : { maxBytes: Math.round(maxSizeMb * 1024 * 1024) }),
  });
  if (values.json === true) {
    io.out(JSON.stringify(inspectReport(loaded.model, loaded.problems), null, 2));
  } else {
    io.out(inspectTable(loaded.model));
    // The problems themselves, not only their count: the same causes the app's Problems panel lists.
    for (const line of problemLines(loaded.problems)) io.err(line);
  }
  return 0;
}
