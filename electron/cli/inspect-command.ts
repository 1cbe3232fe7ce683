/**
 * `roundtrip inspect <file-or-URL> [--json] [--strict] [--max-size-mb=N] [--allow-ref-host=HOST]...`:
 * prints a document's operations. It waits for full validation, so problems are always counted.
 */
import { inspectReport, inspectTable } from '../../shared/inspect/inspect-report';
import { loadSpec } from '../services/spec/load-spec';
import type { SpecSource } from '../services/spec/read-spec-source';

export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Runs inspect and returns the process exit code. Errors were already reported on `io.err`. */
export async function inspectCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const valued = (name: string): string[] => args.filter((arg) => arg.startsWith(`--${name}=`)).map((arg) => arg.slice(name.length + 3));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json' && arg !== '--strict' && !/^--(max-size-mb|allow-ref-host)=/.test(arg));
  if (unknown.length > 0) {
    io.err(`roundtrip inspect: unknown option ${unknown[0]}. Usage: roundtrip inspect <file-or-URL> [--json] [--strict] [--max-size-mb=N] [--allow-ref-host=HOST]`);
    return 2;
  }
  const maxSize = valued('max-size-mb')[0];
  const maxSizeMb = maxSize === undefined ? undefined : Number(maxSize);
  if (maxSizeMb !== undefined && !(maxSizeMb > 0)) {
    io.err(`roundtrip inspect: --max-size-mb needs a positive number of megabytes, not "${maxSize ?? ''}".`);
    return 2;
  }
  const target = positional[0];
  if (!target || positional.length > 1) {
    io.err('roundtrip inspect: give exactly one OpenAPI document, a file path or an http(s) URL. Usage: roundtrip inspect <file-or-URL> [--json] [--strict]');
    return 2;
  }
  const source: SpecSource = /^https?:\/\//i.test(target) ? { kind: 'url', url: target } : { kind: 'file', path: target };
  const loaded = await loadSpec(source, {
    strict: args.includes('--strict'),
    allowRefHosts: valued('allow-ref-host'),
    ...(maxSizeMb === undefined ? {} : { maxBytes: Math.round(maxSizeMb * 1024 * 1024) }),
  });
  if (args.includes('--json')) {
    io.out(JSON.stringify(inspectReport(loaded.model), null, 2));
  } else {
    io.out(inspectTable(loaded.model));
    if (loaded.problems.length > 0) {
      io.err(`${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} found while validating; run with --strict to refuse such documents.`);
    }
  }
  return 0;
}
